import type { Catalog } from './i18n.js';
import { englishCatalog, italianCatalog } from './i18n.js';
import { ENUM_LABELS_IT } from './enum-labels.it.js';
import { ENUM_LABELS_EN } from './enum-labels.en.js';
import { ERROR_MESSAGES_IT } from './error-messages.it.js';
import { ERROR_MESSAGES_EN } from './error-messages.en.js';
import { SHARED_EN } from './english.js';

export { ERROR_TEXTS_EN } from './error-texts/en.js';
export { ERROR_TEXTS_IT } from './error-texts/index.js';

/**
 * Both languages at once, for tests and checks in Node. The portals never import these at run time (their English
 * texts load on demand, see `I18nProvider`), so a bundler leaves them out.
 */
export const ENUM_CATALOG: Catalog = { it: ENUM_LABELS_IT, en: ENUM_LABELS_EN };
export const ERROR_CATALOG: Catalog = { it: ERROR_MESSAGES_IT, en: ERROR_MESSAGES_EN };

/**
 * What a portal's texts are at run time, English loaded: the API enum labels, the error reasons' texts, the common
 * texts and the portal's own catalogue (which wins).
 */
export function portalCatalog(messages: Catalog): Catalog {
  return { it: italianCatalog(messages, ERROR_MESSAGES_IT), en: englishCatalog(SHARED_EN, messages) };
}
