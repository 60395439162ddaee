// What the sources say about two of Shunyi's "3" parks that the other files do not settle: the start of
// the Tianzhu bonded zone (three sources, three dates) and the Sino-German park (a point: its two
// parts' parcels are not published). Rings and points are [lon, lat] (WGS84); see spec.mjs.
import {
  CGTN_SHUNYI,
  TIANZHU_APPROVAL,
  TIANZHU_OPERATION_2010,
  SINO_GERMAN_OPENING,
  SINO_GERMAN_2023,
  SINO_GERMAN_2026,
} from './sources.mjs';
import { NOT_IN_FTZ } from './phrases.mjs';

/**
 * Tianzhu's start as each source gives it. The seed article (CGTN, 2020) says "operating since July 2009";
 * a Shunyi official (2021) dates the State Council approval to July 2008; China Daily (2011) dates the
 * start of operation to 20 Dec 2010. None is picked: the zone shows all three with their sources.
 */
export const TIANZHU_START_CLAIMS = [
  {
    event: 'approved',
    date: '2008-07',
    claim_en: 'approved by the State Council in July 2008 (a Shunyi official, 2021)',
    claim_zh: '2008年7月经国务院批准（顺义区官员，2021年）',
    source: TIANZHU_APPROVAL,
  },
  {
    event: 'operating',
    date: '2009-07',
    claim_en: 'operating since July 2009 (CGTN, 2020)',
    claim_zh: '自2009年7月起运营（CGTN，2020年）',
    source: CGTN_SHUNYI,
  },
  {
    event: 'operating',
    date: '2010-12-20',
    claim_en: 'in operation from 20 December 2010 (China Daily, 2011)',
    claim_zh: '2010年12月20日起运营（《中国日报》，2011年）',
    source: TIANZHU_OPERATION_2010,
  },
];

/** The sentence the details panel shows, built from the claims so the two can never disagree. */
export const TIANZHU_START_EN = `Sources differ on its start: ${TIANZHU_START_CLAIMS.map((c) => c.claim_en).join('; ')}.`;
export const TIANZHU_START_ZH = `关于其起始时间，各资料说法不一：${TIANZHU_START_CLAIMS.map((c) => c.claim_zh).join('；')}。`;

export const sinoGermanPark = [
  {
    id: 'sino-german-industrial-park',
    name_en: 'Sino-German International Cooperation Industrial Park',
    name_zh: '中德国际合作产业园',
    kind: 'demo-park',
    parent: null,
    district: ['Shunyi'],
    official_area_km2: 20,
    area_scope:
      'Planned area of 20 km² in two separate parts in Shunyi (Xinhua, 2021). Shown as a point: the parcels are not published.',
    area_scope_zh: '规划面积20平方公里，分为顺义的两个独立片区（新华社，2021年）。以点表示：具体地块未公布。',
    outline: 'point',
    in_ftz: false,
    focus_en: ['German and European companies', 'Advanced manufacturing'],
    focus_zh: ['德资及欧洲企业', '先进制造'],
    description_en: `One of the three parks of Shunyi’s "3+7+N" demonstration zone (CGTN, 2020). Approved by the NDRC and opened on 23 December 2021 with more than 70 German companies; more than 100 by October 2023 and more than 120 by January 2026. ${NOT_IN_FTZ}`,
    description_zh:
      '顺义“3+7+N”综合示范区的三大园区之一（CGTN，2020年）。经国家发展改革委批准，2021年12月23日开园，入驻德资企业70余家；2023年10月超过100家，2026年1月超过120家。不属于北京自贸试验区。',
    sources: [SINO_GERMAN_OPENING, SINO_GERMAN_2023, SINO_GERMAN_2026, CGTN_SHUNYI],
    aliases: ['Sino-German park', 'China-Germany Industrial Park', 'German park', '中德园', '中德产业园'],
    location_note:
      'An estimated position in north-east Shunyi, not taken from a source (low confidence). The park has two separate parts whose parcels are not published, so it is shown as one point, not an outline.',
    location_note_zh:
      '顺义东北部的估计位置，并非取自资料（可信度低）。该园区分为两个独立片区，具体地块未公布，因此以一个点表示，不绘制轮廓。',
    point: [116.66, 40.16],
  },
];
