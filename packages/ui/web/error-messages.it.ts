import { ERROR_CODE_MESSAGES_IT, errorReasonKey } from './error-messages.js';
import { ERROR_TEXTS_IT } from './error-texts/index.js';

/**
 * Every reason's Italian text (`error.reason.*`) and the generic text of each code (`error.code.*`). Its own chunk in
 * the portals: it loads after the first screen (see `I18nProvider`), not with the portal's first JS.
 */
export const ERROR_MESSAGES_IT: Record<string, string> = {
  ...ERROR_CODE_MESSAGES_IT,
  ...Object.fromEntries(Object.entries(ERROR_TEXTS_IT).map(([r, text]) => [errorReasonKey(r), text])),
};
