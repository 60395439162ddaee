export function listLazyModules(dir?: string): string[];
