import { mergeCatalogs, type Catalog } from '@ixl/ui';
import { STAFF_FIRST_MESSAGES } from './first-messages.js';
import { STAFF_PAGE_MESSAGES } from './page-messages.js';

/**
 * Every text of the staff portal (what the catalogue tests and the Italian-text check read). The portal itself loads
 * it in two parts: the shell's, the menu's and the home's in its first JS (first-messages.ts), the other pages' with
 * the first of them opened (page-messages.ts, page-texts.ts).
 */
export const STAFF_MESSAGES: Catalog = mergeCatalogs(STAFF_FIRST_MESSAGES, STAFF_PAGE_MESSAGES);
