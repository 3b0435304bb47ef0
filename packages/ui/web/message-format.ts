import { formatNodes, parseMessage, type IcuFormatters, type IcuNode } from './icu.js';

/** Values of a message's placeholders; null and undefined select the `other` branch of a select. */
export type MessageVars = Record<string, string | number | null | undefined>;
type Lang = 'it' | 'en';

/** `{n, number, grouped}`: thousands always grouped (Italian groups 4-digit numbers too: 3.000), up to 2 decimals. */
const FORMATS = {
  number: {
    grouped: { useGrouping: 'always' as const, maximumFractionDigits: 2 },
    // intl-messageformat's own styles
    integer: { maximumFractionDigits: 0 },
    percent: { style: 'percent' as const },
  },
};

const compiled = new Map<string, IcuNode[] | null>();

/**
 * The Intl formatters are the same for every message of a language: made once (a beneficiary's first page spent
 * ~120 ms of the main thread making them per message with intl-messageformat, CPU profile, unthrottled).
 */
function once<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const made = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) {
      value = make(...args);
      made.set(key, value);
    }
    return value;
  };
}
const FORMATTERS: IcuFormatters = {
  getNumberFormat: once((locale: string, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options)),
  getPluralRules: once((locale: string, options: Intl.PluralRulesOptions) => new Intl.PluralRules(locale, options)),
};
export const localeOf = (lang: Lang) => (lang === 'it' ? 'it-IT' : 'en-GB');

/**
 * Formats one ICU message (parsed once per text and language, icu.ts: the subset of ICU the catalogues use, with
 * intl-messageformat's results); a text it cannot parse is filled in plainly.
 */
export function formatMessage(message: string, lang: Lang, vars: MessageVars = {}): string {
  // Most texts are plain (no placeholder, plural or quote): they are what they say, without ICU's parser and the
  // Intl objects it creates (a portal's start spent ~60 ms of the main thread there).
  if (!/[{}']/.test(message)) return message;
  // A number in a plain `{name}` is written the way of the language ("2,5", "3.000"), not as JavaScript prints it;
  // years and codes stay as they are.
  const grouped = (name: string) => typeof vars[name] === 'number' && !/year|line|code|id$/i.test(name);
  const text = groupPluralCounts(
    message.replace(/\{(\w+)\}/g, (whole, name: string) => (grouped(name) ? `{${name}, number, grouped}` : whole)),
    grouped,
  );
  const cacheKey = `${lang}\u0000${text}`;
  let format = compiled.get(cacheKey);
  if (format === undefined) {
    try {
      format = parseMessage(text);
    } catch {
      format = null;
    }
    compiled.set(cacheKey, format);
  }
  // A select whose variable is not given (a label used as a category, e.g. in a filter) takes its `other` branch.
  const selects = Object.fromEntries([...text.matchAll(/\{(\w+),\s*select\s*,/g)].map((m) => [m[1] as string, '']));
  const values = { ...selects, ...Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, v ?? ''])) };
  if (format) {
    // Numbers that arrive as text ("3") still choose their plural form on the second try.
    const numeric = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v]),
    );
    for (const attempt of [values, numeric]) {
      try {
        return formatNodes(format, localeOf(lang), attempt, FORMATTERS, FORMATS.number);
      } catch {
        // a placeholder without a value: shown as {name} below, never blank
      }
    }
  }
  return message.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/**
 * The `#` of a plural is written like a plain `{name}` number ("4.000 righe", not "4000 righe": ICU formats `#` with
 * the language's default, which leaves Italian 4-digit numbers ungrouped). Each `#` belongs to the innermost plural
 * whose branch holds it, so nested plurals count their own variable. A plural with an offset keeps its `#`, which is
 * the count minus the offset.
 */
function groupPluralCounts(text: string, grouped: (name: string) => boolean): string {
  const open = /^\{(\w+),\s*plural\s*,(\s*offset:)?/;
  const plurals: { name: string; depth: number; offset: boolean }[] = [];
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '{') {
      depth++;
      const m = open.exec(text.slice(i));
      if (m) plurals.push({ name: m[1] as string, depth, offset: Boolean(m[2]) });
    } else if (ch === '}') {
      if (plurals.at(-1)?.depth === depth) plurals.pop();
      depth--;
    }
    const owner = plurals.at(-1);
    out +=
      ch === '#' && owner && depth === owner.depth + 1 && !owner.offset && grouped(owner.name) ? `{${owner.name}, number, grouped}` : ch;
  }
  return out;
}
