import { describe, expect, it } from 'vitest';
import { addPoint, finishMeasurement, startMeasurement, type Measurement } from '../../src/geo/measure';
import { announcement, finishesAt, measureKey, totalsText } from '../../src/features/planner/measureModel';

const along = (measurement: Measurement, points: [number, number][]) => points.reduce(addPoint, measurement);
const line = along(startMeasurement('distance'), [
  [116.4, 39.9],
  [116.5, 39.9],
]);
const square = along(startMeasurement('area'), [
  [116.4, 39.9],
  [116.5, 39.9],
  [116.5, 40],
  [116.4, 40],
]);

describe('the measuring tool’s model', () => {
  it('writes the total of a distance, and of an area with its perimeter', () => {
    expect(totalsText('en', line)).toMatch(/^Distance: [\d.]+ km$/);
    expect(totalsText('en', square)).toMatch(/^Area: [\d.]+ km² · perimeter [\d.]+ km$/);
    expect(totalsText('zh', line)).toMatch(/^距离：/);
  });

  it('announces the total and the points, and says so once finished', () => {
    expect(announcement('en', line, 'Distance: 8.5 km')).toBe('Distance: 8.5 km, 2 points');
    expect(announcement('en', finishMeasurement(line), 'Distance: 8.5 km')).toBe(
      'Measured. Distance: 8.5 km, 2 points',
    );
  });

  it('reads the keys: Escape cancels or clears, Backspace undoes, Space and Enter on the map add a point', () => {
    expect(measureKey(line, 'Escape', false)).toBe('cancel');
    expect(measureKey(line, 'Backspace', false)).toBe('undo');
    expect(measureKey(line, ' ', true)).toBe('point');
    expect(measureKey(line, 'Enter', true)).toBe('point');
    // Space and Enter elsewhere (a button over the map) are the button's; arrows pan the map.
    expect(measureKey(line, 'Enter', false)).toBe('other');
    expect(measureKey(line, 'ArrowUp', true)).toBe('other');
    // A finished measurement listens to Escape only.
    expect(measureKey(finishMeasurement(line), 'Escape', true)).toBe('clear');
    expect(measureKey(finishMeasurement(line), 'Backspace', true)).toBeNull();
  });

  it('finishes on Enter at the point just added, or without the crosshair; otherwise adds the centre', () => {
    expect(finishesAt(line, 'Enter', [116.5, 39.9], true)).toBe(true);
    expect(finishesAt(line, 'Enter', [116.6, 39.9], false)).toBe(true);
    expect(finishesAt(line, 'Enter', [116.6, 39.9], true)).toBe(false);
    expect(finishesAt(line, ' ', [116.5, 39.9], true)).toBe(false);
  });
});
