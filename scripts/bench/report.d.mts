export function median(values: number[]): number | null;
export function quantile(values: number[], q: number): number | null;
export function spread(values: number[]): string;
export function textTable(rows: (string | null | undefined)[][]): string;
export function markdownTable(rows: (string | null | undefined)[][]): string;
export const NOT_BUILT: string;
