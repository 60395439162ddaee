import type { Plugin } from 'vite';
export function firstLoadPreloads(options: { appModule: string; mapModule: string; data: RegExp }): Plugin;
