import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS } from '../../src/import/formats';
import type { TextFormat, ZipFormat } from '../../src/import/formats/format';
import { geojson } from '../../src/import/formats/geojson';
import { kml } from '../../src/import/formats/kml';
import { kmz } from '../../src/import/formats/kmz';
import { formatNames } from '../../src/import/formats/names';
import { shapefile } from '../../src/import/formats/shapefile';
import { refusalMessage } from '../../src/import/importMessages';
import { decodeText } from '../../src/import/text';
import { isZip, openZip } from '../../src/import/zip';
import { IMPORT_ACCEPT } from '../../src/features/sites/siteList';

const FIXTURES = 'tests/fixtures/import';

describe('the list of import formats (src/import/formats/index.ts)', () => {
  it('has one file per format, named by its id, and no id or extension twice', () => {
    const ids = IMPORT_FORMATS.map((format) => format.id);
    for (const id of ids) expect(existsSync(`src/import/formats/${id}.ts`), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const extensions = IMPORT_FORMATS.flatMap((format) => format.extensions);
    expect(new Set(extensions).size).toBe(extensions.length);
    for (const extension of extensions) expect(extension).toMatch(/^\.[a-z0-9]+$/);
  });

  it('is named in docs/import.md, each format by its file and its extensions', () => {
    const doc = readFileSync('docs/import.md', 'utf8');
    const formats = doc.slice(doc.indexOf('## Formats'), doc.indexOf('\n## ', doc.indexOf('## Formats') + 1));
    expect(formats).toContain('`IMPORT_FORMATS` in\n`src/import/formats/index.ts`');
    for (const format of IMPORT_FORMATS) {
      expect(formats, format.id).toContain(`\`src/import/formats/${format.id}.ts\``);
      for (const extension of format.extensions) expect(formats, format.id).toContain(`\`${extension}\``);
    }
  });

  it('gives the file picker every extension, in the list’s order', () => {
    expect(IMPORT_ACCEPT).toBe(IMPORT_FORMATS.flatMap((format) => format.extensions).join(','));
  });

  it('names the formats in the unknown-format refusal, in both languages', () => {
    const names = formatNames(IMPORT_FORMATS);
    expect(refusalMessage('unknown-format')).toEqual({
      en: `This is not a file the atlas can read. Use ${names.en}.`,
      zh: `无法识别此文件。请使用 ${names.zh}。`,
    });
    // The wording of the four formats of issue 12, family and Chinese spacing included.
    expect(formatNames([geojson, kml, kmz, shapefile])).toEqual({
      en: 'GeoJSON (.geojson, .json), KML or KMZ (.kml, .kmz) or a zipped shapefile (.zip)',
      zh: 'GeoJSON（.geojson、.json）、KML 或 KMZ（.kml、.kmz）或压缩的 Shapefile（.zip）',
    });
    expect(formatNames([kml, geojson])).toEqual({
      en: 'KML (.kml) or GeoJSON (.geojson, .json)',
      zh: 'KML（.kml）或 GeoJSON（.geojson、.json）',
    });
  });
});

describe('sniffing', () => {
  const textFormats = IMPORT_FORMATS.filter((format): format is TextFormat => format.container === 'text');
  const zipFormats = IMPORT_FORMATS.filter((format): format is ZipFormat => format.container === 'zip');

  /** The ids of the formats that claim a fixture, or null when the pipeline refuses it before sniffing. */
  function claims(path: string): string[] | null {
    const bytes = new Uint8Array(readFileSync(`${FIXTURES}/${path}`));
    const fileName = path.split('/')[1]!;
    try {
      if (isZip(bytes)) {
        const input = { fileName, bytes, entries: openZip(bytes) };
        return zipFormats.filter((format) => format.sniff(input)).map((format) => format.id);
      }
      const input = { fileName, text: decodeText(bytes, true, () => {}) };
      return textFormats.filter((format) => format.sniff(input)).map((format) => format.id);
    } catch {
      return null;
    }
  }

  it('lets no two formats claim one file of the corpus', () => {
    const paths = ['good', 'repaired', 'injection', 'bad', 'e2e'].flatMap((folder) =>
      readdirSync(`${FIXTURES}/${folder}`).map((name) => `${folder}/${name}`),
    );
    const claimedTwice = paths.filter((path) => (claims(path)?.length ?? 0) > 1);
    expect(claimedTwice).toEqual([]);
  });

  it('tells the good files apart by their content, whatever their name', () => {
    expect(claims('good/polygon.geojson')).toEqual(['geojson']);
    expect(claims('good/zones.kml')).toEqual(['kml']);
    expect(claims('good/zones.kmz')).toEqual(['kmz']);
    expect(claims('good/parcels-wgs84.zip')).toEqual(['shapefile']);
  });
});

/**
 * The modules the page loads for the list (the picker's `accept`, the messages), followed through their
 * relative imports; type-only imports are left out, as the build leaves them out.
 */
const moduleFile = (path: string) => (existsSync(`${path}.ts`) ? `${path}.ts` : `${path}/index.ts`);

function runtimeImports(entries: string[]): { files: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const pattern = /^(?:import|export)\s+(?!type\s)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm;
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      const specifier = (match[1] ?? match[2])!;
      if (!specifier.startsWith('.')) packages.add(specifier);
      else visit(moduleFile(resolve(dirname(file), specifier)));
    }
  };
  entries.forEach((entry) => visit(resolve(entry)));
  return { files: [...seen], packages };
}

describe('the page and the parsers', () => {
  it('loads no parsing library with the list of formats or the messages (they load in the worker)', () => {
    const { files, packages } = runtimeImports(['src/import/formats/index.ts', 'src/import/importMessages.ts']);
    expect(files.length).toBeGreaterThan(5);
    expect([...packages]).toEqual([]);
    // And the modules that do load them are the worker's, reached from the pipeline only.
    const worker = runtimeImports(['src/import/pipeline.ts']).packages;
    for (const library of ['shpjs', '@tmcw/togeojson', '@xmldom/xmldom', 'but-unzip']) {
      expect(worker.has(library), library).toBe(true);
    }
  });
});
