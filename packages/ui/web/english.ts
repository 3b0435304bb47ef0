import type { Messages } from './i18n.js';
import { ENUM_LABELS_EN } from './enum-labels.en.js';
import { ERROR_MESSAGES_EN } from './error-messages.en.js';

/**
 * The shared English texts (API enum labels and error texts), the bulk of the English catalogue: a chunk of its own,
 * loaded by `I18nProvider` when English is chosen (most people read Italian and never download it).
 */
export const SHARED_EN: Messages = { ...ENUM_LABELS_EN, ...ERROR_MESSAGES_EN };
