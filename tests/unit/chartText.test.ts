import { describe, expect, it } from 'vitest';
import { formatDate, formatPeriod, textWidth, wrapText } from '../../src/features/charts/text';
import { formatArea } from '../../src/i18n/index';
import { bands, linearScale, pointPositions } from '../../src/features/charts/scales';

describe('chart text helpers', () => {
  it('estimates Chinese characters as wider than Latin letters', () => {
    expect(textWidth('科技', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeLessThan(textWidth('科技', 10));
  });

  it('wraps English at spaces and Chinese between characters, within the width', () => {
    const lines = wrapText('International Business Services Area', 120, 12);
    expect(lines.join(' ')).toBe('International Business Services Area');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
    const zh = wrapText('国际商务服务片区首都国际机场周边', 60, 12);
    expect(zh.join('')).toBe('国际商务服务片区首都国际机场周边');
    expect(zh.every((line) => textWidth(line, 12) <= 60)).toBe(true);
  });

  it('ends a text cut short with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('formats dates, periods and areas in both languages', () => {
    expect(formatDate('en', '2020-09-04')).toBe('4 Sep 2020');
    expect(formatDate('zh', '2020-09-04')).toBe('2020年9月4日');
    expect(formatDate('en', '2022-11')).toBe('Nov 2022');
    expect(formatPeriod('en', '2020-01/2020-07')).toBe('Jan–Jul 2020');
    expect(formatPeriod('zh', '2020-01/2020-07')).toBe('2020年1—7月');
    expect(formatPeriod('en', '2015/2019')).toBe('2015–2019');
    expect(formatArea('en', 5.466)).toBe('5.466 km²');
    expect(formatArea('zh', 119.68)).toBe('119.68 平方公里');
  });
});

describe('chart scales', () => {
  it('maps a domain linearly onto a range, with round ticks', () => {
    const scale = linearScale([0, 50], [100, 600]);
    expect([scale(0), scale(25), scale(50)]).toEqual([100, 350, 600]);
    expect(scale.ticks(5)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(linearScale([80, 87], [243, 28])(87)).toBe(28);
  });

  it('spaces points evenly with half a step free at each end', () => {
    const points = pointPositions(['2018', '2019', '2020'], [0, 300]);
    expect([...points.values()]).toEqual([50, 150, 250]);
  });

  it('gives bands of equal width that fit the range', () => {
    const { start, bandwidth } = bands([1, 2, 3, 4], [0, 425], 0.25);
    expect(bandwidth).toBeCloseTo(75, 9);
    expect(start.get(1)).toBeCloseTo(25, 9);
    expect(start.get(4)! + bandwidth).toBeCloseTo(400, 9);
  });
});
