import { registerStrings, type KeysOf } from '../../i18n/translate';

/**
 * The tour video's words: the button (loaded with the tour) and its dialog.
 * Each key holds both languages; importing this module registers them with the one translator.
 */
export const videoStrings = registerStrings({
  /** Short: it shares a line with Previous, Next and Close in the tour's caption box; the title says the rest. */
  'video.button': { en: 'Video', zh: '视频' },
  'video.buttonTitle': {
    en: 'Video (MP4): the tour as a video for slides',
    zh: '视频 (MP4)：将导览制成可放入幻灯片的视频',
  },
  'video.heading': { en: 'The tour as a video', zh: '导览视频' },
  'video.summary': {
    en: '{scenes} scenes, {seconds} s at 30 frames a second, with captions in English.',
    zh: '{scenes} 个场景，{seconds} 秒，每秒 30 帧，字幕为中文。',
  },
  'video.size': { en: 'Size', zh: '尺寸' },
  'video.size.1920x1080': { en: '1920 × 1080', zh: '1920 × 1080' },
  'video.size.1280x720': { en: '1280 × 720', zh: '1280 × 720' },
  'video.make': { en: 'Make MP4', zh: '生成 MP4' },
  'video.makeWebm': { en: 'Make WebM instead', zh: '改为生成 WebM' },
  'video.checking': { en: 'Checking what this browser can encode…', zh: '正在检查此浏览器可编码的格式…' },
  'video.noH264': {
    en: 'This browser cannot encode H.264 video, so it cannot make an MP4. It can make a WebM video, which fewer slide programs play.',
    zh: '此浏览器无法编码 H.264 视频，因此不能生成 MP4。它可以生成 WebM 视频，但能播放它的幻灯片软件较少。',
  },
  'video.noEncoder': {
    en: 'This browser cannot encode video. Try another one, such as a recent Chrome or Edge.',
    zh: '此浏览器无法编码视频。请换用其他浏览器，例如较新版本的 Chrome 或 Edge。',
  },
  'video.noMap': {
    en: 'The video needs the WebGL map, which this browser does not show.',
    zh: '制作视频需要 WebGL 地图，而此浏览器无法显示该地图。',
  },
  'video.preparing': { en: 'Preparing the map…', zh: '正在准备地图…' },
  'video.progress': {
    en: 'Frame {frame} of {frames}, about {seconds} s left',
    zh: '第 {frame} 帧，共 {frames} 帧，约剩 {seconds} 秒',
  },
  'video.progressFrames': { en: 'Frame {frame} of {frames}', zh: '第 {frame} 帧，共 {frames} 帧' },
  'video.cancel': { en: 'Cancel', zh: '取消' },
  'video.cancelled': { en: 'The video was cancelled.', zh: '已取消生成视频。' },
  'video.done': { en: 'Saved {name} ({size} MB).', zh: '已保存 {name}（{size} MB）。' },
  'video.failed': { en: 'The video could not be made: {reason}', zh: '无法生成视频：{reason}' },
  'video.close': { en: 'Close', zh: '关闭' },
});

declare module '../../i18n/translate' {
  interface StringKeys extends KeysOf<typeof videoStrings> {}
}

export { t } from '../../i18n/index';
