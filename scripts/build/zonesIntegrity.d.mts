import type { Plugin } from 'vite';
import type { ZoneStyleData } from '../../src/map/style/zoneStyleData';
export function checkedZones(file: string): Promise<{ digest: string; style: ZoneStyleData }>;
export function checkedZonesDigest(file: string): Promise<string>;
export function zonesIntegrity(file?: string): Plugin;
