import type { Plugin } from 'vite';
export function firstLoadPreloads(options: { appModule: string; data: RegExp }): Plugin;
