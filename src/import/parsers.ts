import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { parseZip } from 'shpjs';
import type { Parsers } from './formats/format';

/**
 * The third-party parsers the formats read with, handed to them by the pipeline. Only the pipeline
 * imports this module, so the libraries load in the import worker (and in Node's tests), never on the
 * page, although the page reads the list of formats. A format that needs another library adds it here.
 */
export const PARSERS: Parsers = { DOMParser, kml, parseZip };
