import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Catalog } from '@ixl/ui';
import { PORTAL_CATALOGS } from './portal-catalogues.js';
import { COMMON_MESSAGES } from '../../packages/ui/web/messages.js';
import { formatNodes, parseMessage, type IcuFormatters } from '../../packages/ui/web/icu.js';
import { ENUM_CATALOG, ERROR_CATALOG, ERROR_TEXTS_EN, ERROR_TEXTS_IT } from '@ixl/ui/catalogues';

/**
 * The portals format their texts with a compact ICU MessageFormat (packages/ui/web/icu.ts, so that the ICU parser is
 * not in their first JS, issue 25): on every text of every catalogue, in both languages, with numbers, texts, empty
 * and missing values, it gives what intl-messageformat gives (or refuses what it refuses).
 */
const catalogs: Record<string, Catalog> = {
  COMMON_MESSAGES,
  ENUM_CATALOG,
  ERROR_CATALOG,
  ERROR_TEXTS: { it: ERROR_TEXTS_IT, en: ERROR_TEXTS_EN } as unknown as Catalog,
  ...PORTAL_CATALOGS,
};
const NUMBER_STYLES = { grouped: { useGrouping: 'always' as const, maximumFractionDigits: 2 }, integer: { maximumFractionDigits: 0 } };
const formatters: IcuFormatters = {
  getNumberFormat: (locale, options) => new Intl.NumberFormat(locale, options),
  getPluralRules: (locale, options) => new Intl.PluralRules(locale, options),
};
const SAMPLES: unknown[] = [0, 1, 2, 5, 1234.5, 'F', 'M', 'x', '', '3', null, undefined];

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

function expected(text: string, locale: string, values: Record<string, unknown>): string {
  try {
    const out = new IntlMessageFormat(text, locale, { number: NUMBER_STYLES }, { ignoreTag: true }).format(values as never);
    return typeof out === 'string' ? out : `not a string: ${JSON.stringify(out)}`;
  } catch (err) {
    return `refused (${(err as Error).name})`;
  }
}

function actual(text: string, locale: string, values: Record<string, unknown>): string {
  let nodes;
  try {
    nodes = parseMessage(text);
  } catch {
    return 'refused (SyntaxError)';
  }
  try {
    return formatNodes(nodes, locale, values, formatters, NUMBER_STYLES);
  } catch {
    return 'refused (value)';
  }
}

describe('compact ICU MessageFormat (icu.ts) = intl-messageformat on the catalogues', () => {
  it.each(Object.keys(catalogs))('%s', (name) => {
    const catalog = catalogs[name] as Catalog;
    let compared = 0;
    for (const [lang, locale] of [
      ['it', 'it-IT'],
      ['en', 'en-GB'],
    ] as const) {
      for (const raw of texts(catalog[lang])) {
        if (!/[{}']/.test(raw)) continue;
        // As formatMessage writes a number in a plain `{name}` too.
        for (const text of [raw, raw.replace(/\{(\w+)\}/g, '{$1, number, grouped}')]) {
          const names = [...new Set([...text.matchAll(/\{(\w+)/g)].map((m) => m[1] as string))];
          for (const sample of SAMPLES) {
            const values = Object.fromEntries(names.map((n) => [n, sample]));
            const want = expected(text, locale, values);
            const got = actual(text, locale, values);
            // intl-messageformat refuses for a value (missing, no option) where the compact one does too.
            if (want.startsWith('refused') && got.startsWith('refused')) continue;
            expect(got, `${lang} ${JSON.stringify(text)} with ${JSON.stringify(values)}`).toBe(want);
            compared++;
          }
          expect(actual(text, locale, {}).startsWith('refused') || !names.length).toBe(true);
        }
      }
    }
    // Every portal's catalogue has ICU texts (plurals, selects); some pages' own and the landing page's none.
    if (['BENEFICIARY_MESSAGES', 'COMPANY_MESSAGES', 'TRAINING_MESSAGES', 'COMMITTEE_MESSAGES', 'STAFF_MESSAGES'].includes(name))
      expect(compared).toBeGreaterThan(0);
  });

  it('quotes, plural offsets, ordinals and nested plurals as ICU does', () => {
    for (const text of [
      "l''ora '{'n'}' {n, plural, =0 {nessuna} one {# ora} other {# ore '#'}}",
      '{n, plural, offset:1 =0 {nessuno} =1 {solo {who}} one {{who} e # altro} other {{who} e altri #}}',
      '{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}',
      '{a, plural, one {{b, plural, one {# e #} other {# / #}}} other {{b, select, x {#} other {y}}}}',
      "It's {name}'s",
      '{n, plural, one {a}}',
      'a } b',
      '{n, number, integer}',
    ]) {
      for (const sample of [0, 1, 2, 3, 22, 'x']) {
        const values = { n: sample, a: sample, b: sample, who: 'Anna', name: 'Bo' };
        const want = expected(text, 'en-GB', values);
        const got = actual(text, 'en-GB', values);
        if (want.startsWith('refused') && got.startsWith('refused')) continue;
        expect(got, `${text} with ${String(sample)}`).toBe(want);
      }
    }
    // Not in the catalogues, refused (formatMessage then fills the text in plainly): dates, times, skeletons.
    for (const text of ['{n, date, short}', '{n, time}', '{n, number, ::percent}'])
      expect(actual(text, 'it-IT', { n: 1 })).toBe('refused (SyntaxError)');
  });
});
