export interface FunctionLength {
  file: string;
  name: string;
  line: number;
  lines: number;
}
export function functionsOf(file: string, text?: string): FunctionLength[];
export function sourceFiles(dir?: string): string[];
export function allFunctions(dir?: string): FunctionLength[];
