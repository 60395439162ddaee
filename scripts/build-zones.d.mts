export function buildZones(): { type: 'FeatureCollection'; features: unknown[] };
