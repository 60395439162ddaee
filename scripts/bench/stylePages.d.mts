export const STYLE_VARIANTS: string[];
export function styleVariants(value: string | undefined): string[];
type Load = Record<string, number | null>;
export function pairRatios(top: Load[], bottom: Load[], key: string): string;
export function stylePageRows(loads: { atlas: Load[]; baseline: Load[]; style: Record<string, Load[]> }): string[][];
