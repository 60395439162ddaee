export const CHROMIUM_PATH: string;
export const FIREFOX_PATH: string;
export const WEBKIT_DRIVER_PATH: string;
export const XVFB_PATH: string;
export const XAUTH_PATH: string;
export function findMiniBrowser(): string | null;
export function hasCjkFonts(): boolean;
export const REQUIREMENTS: { id: string; what: string; pkg: string; present(): boolean }[];
export function missingRequirements(): string[];
