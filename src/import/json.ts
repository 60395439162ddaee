import { LIMITS } from './limits';
import { Refusal, detailOf, jsonErrorPlace, placeZh } from './refusal';

/**
 * One pass over the text before `JSON.parse`: the deepest nesting of arrays and objects (outside
 * strings), and whether the text ends inside a string or an open bracket. Refusing deep nesting here
 * keeps every later walk over the parsed value shallow, so no input can overflow the stack.
 */
function scan(text: string): { tooDeep: boolean; unbalanced: boolean } {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > LIMITS.depth) return { tooDeep: true, unbalanced: false };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return { tooDeep: false, unbalanced: inString || depth > 0 };
}

/** JSON that JavaScript would accept but GeoJSON cannot hold (JSON itself has no NaN or Infinity). */
const NON_FINITE = /(?:^|[\s,[:])-?(?:NaN|Infinity)\b/;

/** Parses JSON text, or refuses with the most specific code: too deep, truncated, NaN, not JSON. */
export function parseJson(text: string): unknown {
  const { tooDeep, unbalanced } = scan(text);
  if (tooDeep) throw new Refusal('too-deep');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (unbalanced) throw new Refusal('truncated-json');
    if (NON_FINITE.test(text)) throw new Refusal('non-finite-number');
    throw new Refusal('not-json', { detail: detailOf(error), detailZh: placeZh(jsonErrorPlace(error, text)) });
  }
}
