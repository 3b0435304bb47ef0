import {
  createContext,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { COMMON_MESSAGES } from './messages.js';
import { formatMessage } from './message-format.js';
import { ERROR_CODE_MESSAGES_IT, describeError, type DescribableError } from './error-messages.js';
import { ENUM_LABELS_IT } from './enum-labels.it.js';

export type Lang = 'it' | 'en';
export const LANGS: readonly Lang[] = ['it', 'en'];
/** Messages of one language: key → ICU message (`{name}`, `{count, plural, one {…} other {…}}`, `{sex, select, F {…} M {…} other {…}}`). */
export type Messages = Record<string, string>;
export type Catalog = Record<Lang, Messages>;
import type { MessageVars } from './message-format.js';
export type { MessageVars } from './message-format.js';
export type Translate = (key: string, vars?: MessageVars) => string;
/** The label of an enum value (`prefix.VALUE`), or the value itself when there is no message for it. */
export type TranslateEnum = (prefix: string, value: string | null | undefined, vars?: MessageVars) => string;

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

const added = new Set<Catalog>();
let addedMessages: Catalog = { it: {}, en: {} };
const addedListeners = new Set<() => void>();
const subscribeAdded = (listener: () => void) => {
  addedListeners.add(listener);
  return () => void addedListeners.delete(listener);
};
const getAdded = () => addedMessages;

/**
 * Adds a lazily loaded page's own texts to the portal's (the page's module calls it when it loads, before it is
 * drawn): texts only a page shows stay out of the portal's first JS (issue 25). The portal's own texts win.
 */
export function addMessages(catalog: Catalog): void {
  if (added.has(catalog)) return;
  added.add(catalog);
  addedMessages = { it: { ...addedMessages.it, ...catalog.it }, en: { ...addedMessages.en, ...catalog.en } };
  addedListeners.forEach((l) => l());
}

/**
 * A portal's Italian texts: the API enum labels, the errors' texts (each code's; each reason's, `errors`, once loaded:
 * loadItalianErrors), the common texts and its own (which win).
 */
export function italianCatalog(messages: Catalog, errors: Messages = ERROR_CODE_MESSAGES_IT): Messages {
  return { ...ENUM_LABELS_IT, ...ERROR_CODE_MESSAGES_IT, ...errors, ...COMMON_MESSAGES.it, ...messages.it };
}

/**
 * The Italian texts of the error reasons, one chunk (~30 KB gzipped) fetched once, after the portal's first screen
 * (or at the first error described before it, whichever comes first); again after a failure, at the next error.
 */
let italianErrors: Messages | null = null;
let italianErrorsLoad: Promise<Messages> | null = null;
export function loadItalianErrors(): Promise<Messages> {
  italianErrorsLoad ??= import('./error-messages.it.js').then(
    (m) => (italianErrors = m.ERROR_MESSAGES_IT),
    (err: unknown) => {
      italianErrorsLoad = null;
      throw err;
    },
  );
  return italianErrorsLoad;
}

/** Catalogs with the reasons' Italian texts added, one per catalog (errors are rare: made at the first one). */
const withErrorTexts = new WeakMap<Catalog, Catalog>();
function errorCatalog(catalog: Catalog, errors: Messages): Catalog {
  let full = withErrorTexts.get(catalog);
  if (!full) {
    // Reason keys (`error.reason.*`) are their own: no enum, common or portal text has one.
    full = { it: { ...errors, ...catalog.it }, en: catalog.en };
    withErrorTexts.set(catalog, full);
  }
  return full;
}

/** A portal's English texts: the shared ones (english.ts) once loaded, the common texts and its own. */
export function englishCatalog(shared: Messages | null, messages: Catalog): Messages {
  return { ...shared, ...COMMON_MESSAGES.en, ...messages.en };
}

/** The shared English texts, one chunk fetched once (and again after a failure, at the next choice of English). */
let englishLoad: Promise<Messages> | null = null;
function loadSharedEnglish(): Promise<Messages> {
  englishLoad ??= import('./english.js').then(
    (m) => m.SHARED_EN,
    (err: unknown) => {
      englishLoad = null;
      throw err;
    },
  );
  return englishLoad;
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
 * Texts are ICU messages (plurals and selects by the rules of the language); a `<key>.one` message, when there is one
 * in the same language, is still used for a count of one.
 */
export function translate(catalog: Catalog, lang: Lang, key: string, vars: MessageVars = {}): string {
  const own = catalog[lang][key] !== undefined;
  const singular = vars.count === 1 ? (own ? catalog[lang][`${key}.one`] : catalog.it[`${key}.one`]) : undefined;
  const text = singular ?? catalog[lang][key] ?? catalog.it[key];
  if (text === undefined) return key;
  return formatMessage(text, own || singular ? lang : 'it', vars);
}

/** The label of an enum value of the API: `enum.<Enum>.<VALUE>` (see enum-labels.ts), or the value itself. */
export function enumLabel(catalog: Catalog, lang: Lang, enumName: string, value: string | null | undefined): string {
  if (!value) return '—';
  const key = `enum.${enumName}.${value}`;
  return catalog[lang][key] ?? catalog.it[key] ?? value;
}

/** A value's label under a portal's own prefix, else the API enum label of the same value (never a raw code when one exists). */
function prefixedLabel(catalog: Catalog, lang: Lang, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  const own = catalog[lang][key] ?? catalog.it[key];
  if (own !== undefined) return own;
  const suffix = `.${value}`;
  for (const k of Object.keys(catalog[lang])) if (k.startsWith('enum.') && k.endsWith(suffix)) return catalog[lang][k] as string;
  return value;
}

interface I18nValue {
  lang: Lang;
  setLang(lang: Lang): void;
  t: Translate;
  tEnum: TranslateEnum;
  /** The label of a value of an API enum by the enum's name (`tCode('CourseSubject', 'CV_DINAMICO')`). */
  tCode: (enumName: string, value: string | null | undefined) => string;
  /** An API error in the user's language, from its reason and params (never from its English message). */
  errorText: (error: DescribableError) => string;
}
const I18nContext = createContext<I18nValue | null>(null);

/**
 * Italian first, English on request; the choice is kept per browser and sets `<html lang>`. The shared English texts
 * load when English is chosen: until they are there (a moment; or never, offline) the page stays in Italian.
 */
export function I18nProvider({ messages, children }: { messages: Catalog; children: ReactNode }) {
  const [wanted, setLangState] = useState<Lang>(storedLang);
  const [sharedEnglish, setSharedEnglish] = useState<Messages | null>(null);
  useEffect(() => {
    if (wanted !== 'en' || sharedEnglish) return;
    let live = true;
    loadSharedEnglish().then(
      (texts) => live && setSharedEnglish(texts),
      () => undefined, // offline: Italian stays; choosing English again tries again
    );
    return () => {
      live = false;
    };
  }, [wanted, sharedEnglish]);
  const lang: Lang = wanted === 'en' && sharedEnglish ? 'en' : 'it';
  const late = useSyncExternalStore(subscribeAdded, getAdded, getAdded);
  const catalog = useMemo<Catalog>(() => {
    const all = { it: { ...late.it, ...messages.it }, en: { ...late.en, ...messages.en } };
    return { it: italianCatalog(all), en: englishCatalog(sharedEnglish, all) };
  }, [messages, late, sharedEnglish]);
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
    (prefix, value, vars) => (value ? formatMessage(prefixedLabel(catalog, lang, prefix, value), lang, vars) : '—'),
    [catalog, lang],
  );
  const tCode = useCallback(
    (enumName: string, value: string | null | undefined) => enumLabel(catalog, lang, enumName, value),
    [catalog, lang],
  );
  // The reasons' Italian texts load after the first screen (idle, or within 2 s): not part of the portal's first JS.
  // An error described before they are there gets its code's generic text, and is described again when they come.
  const [errorsLoaded, setErrorsLoaded] = useState(() => italianErrors !== null);
  const missedErrors = useRef(false);
  useEffect(() => {
    if (errorsLoaded) return;
    let live = true;
    const load = () =>
      loadItalianErrors().then(
        () => live && missedErrors.current && startTransition(() => setErrorsLoaded(true)),
        () => undefined, // offline: the codes' texts meanwhile; the next error tries again
      );
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(() => void load(), { timeout: 2_000 }) : null;
    const timer = idle === null ? setTimeout(() => void load(), 200) : null;
    // Sooner when a person starts filling in a form: some forms keep an error's text once described, so the
    // reasons' texts should be there before the first submit.
    const onFocus = () => void load();
    const doc = typeof document === 'undefined' ? null : document;
    doc?.addEventListener('focusin', onFocus, { once: true });
    return () => {
      live = false;
      if (idle !== null) cancelIdleCallback(idle);
      if (timer !== null) clearTimeout(timer);
      doc?.removeEventListener('focusin', onFocus);
    };
  }, [errorsLoaded]);
  const errorText = useCallback(
    (error: DescribableError) => {
      const errors = italianErrors;
      if (errors) return describeError(errorCatalog(catalog, errors), lang, error);
      missedErrors.current = true;
      void loadItalianErrors()
        .then(() => startTransition(() => setErrorsLoaded(true)))
        .catch(() => undefined);
      return describeError(catalog, lang, error);
    },
    // errorsLoaded: a new function once the texts came, so what was described without them is described again.
    [catalog, lang, errorsLoaded],
  );
  const value = useMemo(() => ({ lang, setLang, t, tEnum, tCode, errorText }), [lang, setLang, t, tEnum, tCode, errorText]);
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
