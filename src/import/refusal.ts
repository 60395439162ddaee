import type { RefusalCode } from './codes';

/**
 * Thrown inside the pipeline when a file cannot be imported; `runImport` turns it into an `ok:false`
 * outcome. Only the pipeline's own steps throw it, so any other error is a bug (`internal-error`).
 */
export class Refusal extends Error {
  readonly code: RefusalCode;
  readonly values: Readonly<Record<string, string | number>>;
  constructor(code: RefusalCode, values: Readonly<Record<string, string | number>> = {}) {
    super(code);
    this.code = code;
    this.values = values;
  }
}

/** An error's message, short, for a `{detail}` placeholder (it may quote the visitor's file: text only). */
export const detailOf = (error: unknown): string => {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 120 ? `${message.slice(0, 119)}…` : message;
};

/**
 * Where in the text a parser stopped, as a line and column counted from 1, from the character offset
 * that V8's JSON.parse names ("… in JSON at position 42"), or null when it names none.
 */
export function jsonErrorPlace(error: unknown, text: string): { line: number; column: number } | null {
  const position = /\bposition (\d+)/.exec(error instanceof Error ? error.message : String(error))?.[1];
  if (position === undefined) return null;
  const before = text.slice(0, Number(position));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/**
 * The `{detailZh}` of a parser's refusal. The parsers' own words (JSON.parse, xmldom, shpjs) are English
 * and stay in the English message only; the Chinese one says where, when that is known, or nothing.
 */
export const placeZh = (place: { line: number; column: number } | null): string =>
  place === null ? '' : `（第 ${place.line} 行第 ${place.column} 列附近）`;
