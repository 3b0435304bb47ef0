import { describe, expect, it } from 'vitest';
import { translate, type Catalog } from './i18n.js';
import { COMMON_MESSAGES } from './messages.js';
import { formatCents, formatDate, formatDateTime, municipalityName } from './format.js';
import { stripBase } from './router.js';

const catalog: Catalog = { it: { hello: 'Ciao {name}', onlyIt: 'Solo italiano' }, en: { hello: 'Hello {name}' } };

describe('translate', () => {
  it('fills placeholders, falls back to Italian, then to the key', () => {
    expect(translate(catalog, 'en', 'hello', { name: 'Anna' })).toBe('Hello Anna');
    expect(translate(catalog, 'en', 'onlyIt')).toBe('Solo italiano');
    expect(translate(catalog, 'it', 'missing.key')).toBe('missing.key');
    expect(translate(catalog, 'it', 'hello')).toBe('Ciao {name}');
  });

  it('uses the singular message for a count of one', () => {
    const c: Catalog = { it: { n: '{count} edizioni', 'n.one': 'Una edizione' }, en: { n: '{count} editions' } };
    expect(translate(c, 'it', 'n', { count: 1 })).toBe('Una edizione');
    expect(translate(c, 'it', 'n', { count: 2 })).toBe('2 edizioni');
    // English has no `.one` text: its own message is used, never the Italian singular.
    expect(translate(c, 'en', 'n', { count: 1 })).toBe('1 editions');
  });

  it('formats ICU plurals, selects on the recorded sex (neutral when unknown) and numbers in the language', () => {
    const c: Catalog = {
      it: {
        points: '{count, plural, one {# punto} other {# punti}}',
        welcome: '{sex, select, F {Benvenuta} M {Benvenuto} other {Ti diamo il benvenuto}}, {name}',
        hours: '{hours, number} ore',
      },
      en: { points: '{count, plural, one {# point} other {# points}}', welcome: 'Welcome, {name}', hours: '{hours, number} hours' },
    };
    expect(translate(c, 'it', 'points', { count: 1 })).toBe('1 punto');
    expect(translate(c, 'it', 'points', { count: 2 })).toBe('2 punti');
    expect(translate(c, 'en', 'points', { count: 1 })).toBe('1 point');
    expect(translate(c, 'it', 'welcome', { sex: 'F', name: 'Sara' })).toBe('Benvenuta, Sara');
    expect(translate(c, 'it', 'welcome', { sex: 'M', name: 'Luca' })).toBe('Benvenuto, Luca');
    expect(translate(c, 'it', 'welcome', { sex: null, name: 'Alex' })).toBe('Ti diamo il benvenuto, Alex');
    // Not given at all (a label used as a category, e.g. a filter's option): the other branch, never the raw ICU text.
    expect(translate(c, 'it', 'welcome', { name: 'Alex' })).toBe('Ti diamo il benvenuto, Alex');
    expect(translate(c, 'it', 'hours', { hours: 2.5 })).toBe('2,5 ore');
    expect(translate(c, 'en', 'hours', { hours: 2.5 })).toBe('2.5 hours');
  });

  it('has every common message in both languages', () => {
    expect(Object.keys(COMMON_MESSAGES.en).sort()).toEqual(Object.keys(COMMON_MESSAGES.it).sort());
    expect(Object.values(COMMON_MESSAGES.it).every((v) => v.trim().length > 0)).toBe(true);
  });
});

describe('formatting', () => {
  it('shows ISO dates in the user language, in Europe/Rome', () => {
    expect(formatDate('2026-03-01', 'it')).toBe('1 marzo 2026');
    expect(formatDate('2026-03-01', 'en')).toBe('1 March 2026');
    expect(formatDate('2026-03-31T23:30:00Z', 'it')).toBe('1 aprile 2026');
    expect(formatDate(null, 'it')).toBe('—');
  });

  it('shows timestamps as date and time in Europe/Rome (summer and winter time)', () => {
    expect(formatDateTime('2026-07-01T10:05:00Z', 'it')).toBe(
      new Intl.DateTimeFormat('it-IT', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(
        new Date('2026-07-01T10:05:00Z'),
      ),
    );
    expect(formatDateTime('2026-07-01T10:05:00Z', 'it')).toContain('12:05');
    expect(formatDateTime('2026-01-15T10:05:00Z', 'en')).toContain('11:05');
    expect(formatDateTime(null, 'it')).toBe('—');
    expect(formatDateTime('not a date', 'it')).toBe('not a date');
  });

  it('shows cents as euros', () => {
    expect(formatCents(123456, 'it')).toBe('1.234,56\u00a0€');
    expect(formatCents(300000, 'it')).toBe('3.000,00\u00a0€');
    expect(formatCents(123456, 'en')).toBe('€1,234.56');
  });

  it('names municipalities from their ISTAT code', () => {
    expect(municipalityName('037006')).toBe('Bologna');
    expect(municipalityName('999999')).toBe('999999');
  });
});

describe('router paths', () => {
  it('strips the portal base', () => {
    expect(stripBase('/staff/', '/staff/')).toBe('/');
    expect(stripBase('/staff', '/staff/')).toBe('/');
    expect(stripBase('/staff/beneficiari', '/staff/')).toBe('/beneficiari');
  });
});

describe('mergeCatalogs', () => {
  it('joins feature catalogs and refuses a key defined twice', async () => {
    const { mergeCatalogs } = await import('./i18n.js');
    const merged = mergeCatalogs({ it: { a: 'A' }, en: { a: 'A' } }, { it: { b: 'B' }, en: { b: 'Bee' } });
    expect(merged).toEqual({ it: { a: 'A', b: 'B' }, en: { a: 'A', b: 'Bee' } });
    expect(() => mergeCatalogs({ it: { a: 'A' }, en: {} }, { it: { a: 'other' }, en: {} })).toThrow('message it:a defined twice');
  });
});

describe('status change reasons from codes', () => {
  it('says an interview appointment in Italian, in Europe/Rome time, and keeps what staff typed', async () => {
    const { statusReasonText } = await import('./format.js');
    const catalog: Catalog = { it: COMMON_MESSAGES.it, en: COMMON_MESSAGES.en };
    const t = (lang: 'it' | 'en') => (key: string, vars?: Record<string, string | number | null | undefined>) =>
      translate(catalog, lang, key, vars);
    const change = {
      reason: 'Interview IN_PERSON on 2026-12-10T09:30:00.000Z',
      reasonCode: 'INTERVIEW_SCHEDULED',
      reasonParams: { mode: 'IN_PERSON', scheduledAt: '2026-12-10T09:30:00.000Z' },
    };
    expect(statusReasonText(t('it'), 'it', change)).toBe('Colloquio in presenza il 10/12/2026 alle 10:30');
    expect(statusReasonText(t('en'), 'en', change)).toBe('In-person interview on 10/12/2026 at 10:30');
    expect(statusReasonText(t('it'), 'it', { reason: 'Online registration', reasonCode: 'ONLINE_REGISTRATION' })).toBe('Iscrizione online');
    expect(statusReasonText(t('it'), 'it', { reason: 'Ha chiesto di sospendere', reasonCode: null })).toBe('Ha chiesto di sospendere');
  });
});

describe('numbers inside messages', () => {
  it('writes numbers the Italian way (2,5 ore; 3.000), leaves years and line numbers alone', () => {
    const c: Catalog = { it: { h: '{hours} ore', n: '{count} persone', y: 'anno {year}, riga {line}' }, en: { h: '{hours} hours' } };
    expect(translate(c, 'it', 'h', { hours: 2.5 })).toBe('2,5 ore');
    expect(translate(c, 'en', 'h', { hours: 2.5 })).toBe('2.5 hours');
    expect(translate(c, 'it', 'n', { count: 3000 })).toBe('3.000 persone');
    expect(translate(c, 'it', 'y', { year: 2025, line: 12000 })).toBe('anno 2025, riga 12000');
  });

  it('groups the # of a plural like a plain number, nested plurals included', () => {
    const c: Catalog = {
      it: {
        r: '{rows, plural, one {# riga} other {# righe}}: {create} da creare',
        n: '{a, plural, one {# file} other {# file con {b, plural, one {# errore} other {# errori}}}}',
      },
      en: {},
    };
    expect(translate(c, 'it', 'r', { rows: 4000, create: 3997 })).toBe('4.000 righe: 3.997 da creare');
    expect(translate(c, 'it', 'r', { rows: 1, create: 1 })).toBe('1 riga: 1 da creare');
    expect(translate(c, 'it', 'n', { a: 1200, b: 5000 })).toBe('1.200 file con 5.000 errori');
  });
});

describe("the error reasons' Italian texts (loaded after the first screen)", () => {
  it("a portal's first catalog has each code's text but no reason's; loadItalianErrors brings every reason's", async () => {
    const { italianCatalog, loadItalianErrors } = await import('./i18n.js');
    const { describeError, errorReasonKey, errorCodeKey } = await import('./error-messages.js');
    const { ERROR_TEXTS_IT } = await import('./error-texts/index.js');
    const first = italianCatalog({ it: { own: 'Mio' }, en: {} });
    expect(first[errorCodeKey('NOT_FOUND')]).toBe('Non trovato.');
    expect(Object.keys(first).filter((k) => k.startsWith('error.reason.'))).toEqual([]);
    expect(first.own).toBe('Mio');
    const reason = Object.keys(ERROR_TEXTS_IT).find((r) => !ERROR_TEXTS_IT[r as keyof typeof ERROR_TEXTS_IT].includes('{')) as string;
    // Before they are there, an error says its code's generic text (never a raw code)...
    expect(describeError({ it: first, en: {} }, 'it', { code: 'NOT_FOUND', reason })).toBe('Non trovato.');
    // ...and with them, its reason's.
    const errors = await loadItalianErrors();
    expect(await loadItalianErrors()).toBe(errors); // one load
    expect(Object.keys(errors).filter((k) => k.startsWith('error.reason.'))).toHaveLength(Object.keys(ERROR_TEXTS_IT).length);
    const full = italianCatalog({ it: { own: 'Mio' }, en: {} }, errors);
    expect(full[errorReasonKey(reason)]).toBe(ERROR_TEXTS_IT[reason as keyof typeof ERROR_TEXTS_IT]);
    expect(describeError({ it: full, en: {} }, 'it', { code: 'NOT_FOUND', reason })).toBe(
      ERROR_TEXTS_IT[reason as keyof typeof ERROR_TEXTS_IT],
    );
  });
});
