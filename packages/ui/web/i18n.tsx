import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { COMMON_MESSAGES } from './messages.js';

export type Lang = 'it' | 'en';
export const LANGS: readonly Lang[] = ['it', 'en'];
/** Messages of one language: key → text with `{name}` placeholders. */
export type Messages = Record<string, string>;
export type Catalog = Record<Lang, Messages>;
export type Translate = (key: string, vars?: Record<string, string | number>) => string;
/** The label of an enum value (`prefix.VALUE`), or the value itself when there is no message for it. */
export type TranslateEnum = (prefix: string, value: string | null | undefined) => string;

const STORAGE_KEY = 'ixl.lang';

/** One catalog from several (a portal's own texts plus one per feature); a key defined twice is a mistake and throws. */
export function mergeCatalogs(...catalogs: Catalog[]): Catalog {
  const merged: Catalog = { it: {}, en: {} };
  for (const catalog of catalogs) {
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(catalog[lang])) {
        if (key in merged[lang]) throw new Error(`message ${lang}:${key} defined twice`);
        merged[lang][key] = text;
      }
    }
  }
  return merged;
}

/** The language chosen in this browser (persisted), Italian by default. */
export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'it';
  } catch {
    return 'it';
  }
}

/**
 * Looks a key up in `messages`; falls back to Italian, then to the key itself (visible, never blank).
 * With `count: 1` the `<key>.one` message is used when there is one (singular).
 */
export function translate(catalog: Catalog, lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const singular = vars.count === 1 ? (catalog[lang][`${key}.one`] ?? catalog.it[`${key}.one`]) : undefined;
  const text = singular ?? catalog[lang][key] ?? catalog.it[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

interface I18nValue {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
  tEnum: TranslateEnum;
}
const I18nContext = createContext<I18nValue | null>(null);

/** Italian first, English on request; the choice is kept per browser and sets `<html lang>`. */
export function I18nProvider({ messages, children }: { messages: Catalog; children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const catalog = useMemo<Catalog>(
    () => ({ it: { ...COMMON_MESSAGES.it, ...messages.it }, en: { ...COMMON_MESSAGES.en, ...messages.en } }),
    [messages],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // storage disabled: the choice lasts for this page only
    }
  }, []);
  const t = useCallback<Translate>((key, vars) => translate(catalog, lang, key, vars), [catalog, lang]);
  const tEnum = useCallback<TranslateEnum>(
    (prefix, value) => {
      if (!value) return '—';
      const key = `${prefix}.${value}`;
      return catalog[lang][key] ?? catalog.it[key] ?? value;
    },
    [catalog, lang],
  );
  const value = useMemo(() => ({ lang, setLang, t, tEnum }), [lang, setLang, t, tEnum]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside <I18nProvider>');
  return value;
}

/** The `IT`/`EN` switch: one button that offers the other language. */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other: Lang = lang === 'it' ? 'en' : 'it';
  return (
    // The offer is written in the other language ("EN Switch to English"), marked as such.
    <button type="button" className="ixl-lang" lang={other} onClick={() => setLang(other)}>
      {other.toUpperCase()}
      <span className="ixl-sr-only"> {t('lang.switchTo')}</span>
    </button>
  );
}
