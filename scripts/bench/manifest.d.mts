export interface ManifestChunk {
  file: string;
  src?: string;
  name?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;
export interface FirstLoad {
  entry: string;
  appCode: string[];
  maplibre: string[];
  css: string[];
  data: string[];
  lazyInFirstLoad: string[];
}
export const MAP_MODULE: string;
export const APP_MODULE: string;
export function isLazyModule(key: string): boolean;
export function staticClosure(manifest: Manifest, key: string): Set<string>;
export function firstLoad(manifest: Manifest, lazyModules?: string[]): FirstLoad;
export function groupOf(groups: FirstLoad, file: string): 'maplibre' | 'app' | 'css' | 'data' | 'other';
