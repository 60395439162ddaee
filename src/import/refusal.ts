import type { RefusalCode } from './messages';

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
