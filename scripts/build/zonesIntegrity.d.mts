import type { Plugin } from 'vite';
export function checkedZonesDigest(file: string): Promise<string>;
export function zonesIntegrity(file?: string): Plugin;
