import type { Page } from 'playwright-core';

export function syntheticPolygons(count: number): GeoJSON.FeatureCollection<GeoJSON.Polygon>;
/** A RegExp source that matches the count as written with or without thousands separators. */
export function countPattern(count: number): string;
export function measureExport(page: Page): Promise<Record<string, unknown>>;
export function measureImport(page: Page, count: number): Promise<Record<string, unknown>>;
