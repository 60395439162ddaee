import type { Browser, BrowserContext } from 'playwright-core';

export const INSTALL_HINT: string;
export const CHROMIUM_ARGS: string[];
export function findChromium(): string | null;
export function launchChromium(options?: { extraArgs?: string[] }): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}>;
export function launchBrowser(extraArgs?: string[]): Promise<Browser>;
