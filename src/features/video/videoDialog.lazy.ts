import './video.css';
import { downloadBlob } from '../../export/image';
import { formatNumber } from '../../i18n/format';
import { element } from '../../shell/dom';
import { createScope, type PanelContext } from '../../shell/panel';
import type { TourScene } from '../../data/tourSchema';
import type { StringKey } from '../../i18n/translate';
import { chooseCodec, type CodecChoice } from './videoCodec';
import { sceneCamera, videoFileName, videoSizeOf, VIDEO_SIZES, type VideoSizeChoice } from './sceneFrame';
import { durationSeconds, videoTimeline, type VideoProgress } from './timeline';
import { t } from './strings';

/**
 * The video's dialog: a size, the button that makes the file, then its progress (frames, seconds left)
 * and a Cancel. Not modal: the page stays in use while the frames are drawn. Where the browser cannot
 * encode H.264 it says so and offers WebM; where it cannot encode at all, it says that.
 */

let current: VideoDialog | null = null;

export function openVideoDialog(context: PanelContext, scenes: readonly TourScene[]): void {
  current ??= new VideoDialog(context, scenes, () => (current = null));
  current.show();
}

type Phase = 'checking' | 'ready' | 'running' | 'done' | 'unsupported';

class VideoDialog {
  private readonly scope = createScope();
  private readonly dialog = element('dialog', { class: 'video-dialog', 'aria-labelledby': 'video-heading' });
  private readonly heading = element('h2', { id: 'video-heading' });
  private readonly summary = element('p', { class: 'video-summary' });
  private readonly sizeLabel = element('span', {});
  private readonly size = element(
    'select',
    { 'data-video-size': '' },
    ...VIDEO_SIZES.map((value) => element('option', { value }, '')),
  );
  private readonly note = element('p', { class: 'video-note', 'data-video-note': '' });
  private readonly make = element('button', { type: 'button', class: 'video-make', 'data-video-make': '' });
  private readonly cancel = element('button', { type: 'button', 'data-video-cancel': '' });
  private readonly close = element('button', { type: 'button', 'data-video-close': '' });
  private readonly bar = element('progress', { class: 'video-bar', max: '1', value: '0' });
  private readonly progress = element('p', {
    class: 'video-progress',
    'data-video-progress': '',
    'aria-live': 'polite',
  });
  private phase: Phase = 'checking';
  private codec: CodecChoice | null = null;
  private job: AbortController | null = null;
  private lastProgress: VideoProgress | null = null;
  private message: { key: StringKey; values?: Record<string, string | number> } | null = null;

  constructor(
    private readonly context: PanelContext,
    private readonly scenes: readonly TourScene[],
    private readonly onGone: () => void,
  ) {
    const sizeField = element('label', { class: 'video-size' }, this.sizeLabel, this.size);
    const actions = element('div', { class: 'video-actions' }, this.make, this.cancel, this.close);
    this.dialog.append(this.heading, this.summary, sizeField, this.note, actions, this.bar, this.progress);
    document.body.append(this.dialog);
    this.scope.listen(this.make, 'click', () => void this.run());
    this.scope.listen(this.cancel, 'click', () => this.job?.abort(new DOMException('Cancelled', 'AbortError')));
    this.scope.listen(this.close, 'click', () => this.dispose());
    this.scope.listen(this.size, 'change', () => void this.check());
    this.scope.add(context.store.select((state) => state.language, this.render));
    void this.check();
  }

  show(): void {
    if (!this.dialog.open) this.dialog.show();
    this.render();
  }

  private dispose(): void {
    this.job?.abort(new DOMException('Cancelled', 'AbortError'));
    this.scope.dispose();
    this.dialog.close();
    this.dialog.remove();
    this.onGone();
  }

  private chosenSize() {
    return videoSizeOf(this.size.value as VideoSizeChoice);
  }

  /** Asks the browser which encoder it has at the chosen size: H.264 first, WebM else. */
  private async check(): Promise<void> {
    if (this.phase === 'running') return;
    this.phase = 'checking';
    this.render();
    const size = this.chosenSize();
    this.codec = (await chooseCodec('mp4', size)) ?? (await chooseCodec('webm', size));
    this.phase = this.codec ? 'ready' : 'unsupported';
    this.render();
  }

  private readonly render = () => {
    const { language } = this.context.store.get();
    const seconds = Math.round(durationSeconds(videoTimeline(this.scenes.map(sceneCamera))));
    this.heading.textContent = t(language, 'video.heading');
    this.summary.textContent = t(language, 'video.summary', { scenes: this.scenes.length, seconds });
    this.sizeLabel.textContent = t(language, 'video.size');
    for (const option of this.size.options) option.textContent = t(language, `video.size.${option.value}` as StringKey);
    const webm = this.codec?.container === 'webm';
    this.make.textContent = t(language, webm ? 'video.makeWebm' : 'video.make');
    this.cancel.textContent = t(language, 'video.cancel');
    this.close.textContent = t(language, 'video.close');
    // Without WebGL the SVG map stands in (startMap.ts), and it draws no video frames.
    const noMap = document.documentElement.dataset.map === 'svg';
    this.note.textContent = noMap
      ? t(language, 'video.noMap')
      : this.phase === 'checking'
        ? t(language, 'video.checking')
        : this.phase === 'unsupported'
          ? t(language, 'video.noEncoder')
          : webm
            ? t(language, 'video.noH264')
            : '';
    this.note.hidden = this.note.textContent === '';
    const running = this.phase === 'running';
    this.make.hidden = running;
    this.make.disabled = noMap || this.phase === 'checking' || this.phase === 'unsupported';
    this.size.disabled = running;
    this.cancel.hidden = !running;
    this.close.hidden = running;
    this.bar.hidden = !running;
    this.dialog.dataset.phase = this.phase;
    this.progress.textContent = this.progressText(language);
  };

  private progressText(language: 'en' | 'zh'): string {
    if (this.phase === 'running') {
      const progress = this.lastProgress;
      if (!progress) return t(language, 'video.preparing');
      const values = { frame: progress.frame, frames: progress.frames };
      return progress.secondsLeft === null
        ? t(language, 'video.progressFrames', values)
        : t(language, 'video.progress', { ...values, seconds: progress.secondsLeft });
    }
    return this.message ? t(language, this.message.key, this.message.values) : '';
  }

  private readonly onProgress = (progress: VideoProgress) => {
    this.lastProgress = progress;
    this.bar.value = progress.frame / progress.frames;
    this.render();
  };

  private async run(): Promise<void> {
    const codec = this.codec;
    if (!codec || this.phase === 'running') return;
    const { language } = this.context.store.get();
    const size = this.chosenSize();
    const job = (this.job = new AbortController());
    this.phase = 'running';
    this.lastProgress = null;
    this.message = null;
    this.bar.value = 0;
    this.render();
    try {
      const { makeVideo } = await import('./videoMaker.lazy');
      const options = { context: this.context, scenes: this.scenes, size, codec, signal: job.signal };
      const blob = await makeVideo({ ...options, onProgress: this.onProgress });
      const name = videoFileName(size, codec.container, language);
      downloadBlob(blob, name);
      const megabytes = formatNumber(language, blob.size / 1e6, 1, 1);
      this.message = { key: 'video.done', values: { name, size: megabytes } };
    } catch (error) {
      this.message = job.signal.aborted
        ? { key: 'video.cancelled' }
        : { key: 'video.failed', values: { reason: error instanceof Error ? error.message : String(error) } };
    } finally {
      this.job = null;
      this.phase = 'done';
      this.render();
    }
  }
}
