import type { Plugin } from 'vite';
export function checkNationalFtz(file: string): Promise<number>;
export function nationalFtzCheck(file?: string): Plugin;
