export interface ExportRun {
  time?: number;
  longestTask?: number;
  size?: { width: number; height: number } | null;
  missing?: boolean;
  error?: string;
}
export interface ImportRun {
  status?: number;
  time?: number;
  longestTask?: number;
  missing?: boolean;
  error?: string;
}
export function summariseExports(results: ExportRun[]): string[][];
export function summariseImports(imports: Map<number, ImportRun[]>, counts: number[]): string[][];
