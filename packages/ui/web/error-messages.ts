import type { ErrorReason } from '@ixl/contracts';
import { formatMessage, localeOf } from './message-format.js';
import { formatCents, formatDate, formatDateTime } from './format.js';

type Lang = 'it' | 'en';
type Catalog = Record<Lang, Record<string, string>>;

/** What the portals know of an API error (see @ixl/portal-client `ApiError`). */
export interface DescribableError {
  code: string;
  reason?: string | undefined;
  params?: Readonly<Record<string, unknown>> | undefined;
}

/** The catalogue key of a reason's text. */
export const errorReasonKey = (reason: string) => `error.reason.${reason}`;
/** The catalogue key of a code's generic text, used when a reason is unknown to this portal (e.g. a newer API). */
export const errorCodeKey = (code: string) => `error.code.${code}`;

/** The generic text of each code, used when a reason is unknown to this portal (English: error-messages.en.ts). */
const CODE_TEXTS_IT: Record<string, string> = {
  BAD_USER_INPUT: 'Controlla i dati inseriti.',
  UNAUTHENTICATED: 'Accedi per continuare.',
  FORBIDDEN: 'Non hai accesso a questi dati.',
  NOT_FOUND: 'Non trovato.',
  CONFLICT: 'L’operazione è in conflitto con dati già registrati.',
  ILLEGAL_TRANSITION: 'Questo passaggio non è consentito nello stato attuale.',
  LIMIT_EXCEEDED: 'È stato superato un limite.',
  RATE_LIMITED: 'Troppi tentativi: riprova tra qualche minuto.',
  NETWORK: 'Il servizio non risponde. Riprova tra poco.',
  SERVICE_UNAVAILABLE: 'Un servizio non è disponibile in questo momento: alcuni dati mancano.',
  INTERNAL_SERVER_ERROR: 'Qualcosa è andato storto. Riprova.',
};

/**
 * The generic text of each code (`error.code.*`), part of every portal's first load. The Italian text of each reason
 * (`error.reason.*`, ~30 KB gzipped) is in error-messages.it.ts and loads after the portal's first screen
 * (`I18nProvider`); English, built from the API's error registry (`@ixl/contracts`), is in error-messages.en.ts and
 * loads only when English is chosen, so the registry's tables never weigh on a portal's first load.
 */
export const ERROR_CODE_MESSAGES_IT: Record<string, string> = Object.fromEntries(
  Object.entries(CODE_TEXTS_IT).map(([c, text]) => [errorCodeKey(c), text]),
);

/**
 * Parameters that hold an API enum value, by name, so that they are shown with their label (`enum.<Enum>.<VALUE>`);
 * `from`/`to` depend on the reason.
 */
const PARAM_ENUMS: Record<string, string> = {
  vacancyStatus: 'VacancyStatus',
  candidateStatus: 'CandidateStatus',
  loanStatus: 'LoanStatus',
  beneficiaryStatus: 'BeneficiaryStatus',
  interviewStatus: 'InterviewStatus',
  serviceKind: 'BeneficiaryServiceKind',
  projectStatus: 'ProjectStatus',
  expectedStatus: 'ProjectStatus',
  selfEmploymentStatus: 'SelfEmploymentStatus',
  editionStatus: 'CourseEditionStatus',
  placementType: 'PlacementType',
  outcomeKind: 'ProjectOutcomeKind',
  grantCategory: 'GrantCategory',
};
const TRANSITION_ENUMS: Partial<Record<ErrorReason, string>> = {
  VACANCY_TRANSITION: 'VacancyStatus',
  CANDIDATE_TRANSITION: 'CandidateStatus',
  CANDIDATE_STATUS_NOT_ALLOWED: 'CandidateStatus',
  PROJECT_TRANSITION: 'ProjectStatus',
  PROJECT_DECIDED_BY_COMMITTEE: 'ProjectStatus',
  SELF_EMPLOYMENT_TRANSITION: 'SelfEmploymentStatus',
  SELF_EMPLOYMENT_DECIDED_BY_COMMITTEE: 'SelfEmploymentStatus',
  PERSON_STATUS_TRANSITION: 'BeneficiaryStatus',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A reason's params made readable: euros from cents, minutes from seconds, dates and enum labels in the user's language. */
export function readableParams(catalog: Catalog, lang: Lang, reason: string | undefined, params: Readonly<Record<string, unknown>>) {
  const out: Record<string, string | number> = {};
  const label = (enumName: string, value: string) =>
    catalog[lang][`enum.${enumName}.${value}`] ?? catalog.it[`enum.${enumName}.${value}`] ?? value;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number') {
      out[name] = name.endsWith('Cents') ? formatCents(value, lang) : value;
      if (name.endsWith('Seconds')) out[name.replace(/Seconds$/, 'Minutes')] = Math.max(1, Math.ceil(value / 60));
      continue;
    }
    if (typeof value !== 'string') continue;
    const enumName =
      PARAM_ENUMS[name] ?? ((name === 'from' || name === 'to') && reason ? TRANSITION_ENUMS[reason as ErrorReason] : undefined);
    if (enumName) out[name] = label(enumName, value);
    else if (ISO_DATE.test(value)) out[name] = formatDate(value, lang);
    else if (ISO_INSTANT.test(value)) out[name] = formatDateTime(value, lang);
    else out[name] = value;
  }
  return out;
}

/**
 * An API error in the user's language: the text of its reason (with its params), else the generic text of its code.
 * The API's English message is never shown nor parsed.
 */
export function describeError(catalog: Catalog, lang: Lang, error: DescribableError): string {
  // A reason of the registry has an Italian text (portals/test/error-reasons.spec.ts): any other is unknown here.
  const reasonKey = error.reason && catalog.it[errorReasonKey(error.reason)] !== undefined ? errorReasonKey(error.reason) : undefined;
  const text = (reasonKey && (catalog[lang][reasonKey] ?? catalog.it[reasonKey])) || undefined;
  if (text) return formatMessage(text, lang, readableParams(catalog, lang, error.reason, error.params ?? {}));
  const codeKey = errorCodeKey(error.code);
  return catalog[lang][codeKey] ?? catalog[lang][errorCodeKey('INTERNAL_SERVER_ERROR')] ?? error.code;
}

export { localeOf };
