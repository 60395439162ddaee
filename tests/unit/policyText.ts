/** A Content Security Policy's directives: name → sources, in order. */
export const directives = (policy: string): Map<string, string[]> =>
  new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...sources] = part.split(/\s+/);
        return [name.toLowerCase(), sources] as const;
      }),
  );

/** The policy of the first `<meta http-equiv="Content-Security-Policy">` in an HTML text, or null. */
export const metaPolicy = (html: string): string | null =>
  /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? null;
