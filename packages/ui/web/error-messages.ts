import { ERROR_REASONS, isErrorReason, type ErrorReason } from '@ixl/contracts';
import { ERROR_TEXTS_EN, ERROR_TEXTS_IT } from './error-texts/index.js';
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

const CODE_TEXTS: Catalog = {
  it: {
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
  },
  en: {
    BAD_USER_INPUT: 'Please check what you entered.',
    UNAUTHENTICATED: 'Please sign in to continue.',
    FORBIDDEN: 'You do not have access to this data.',
    NOT_FOUND: 'Not found.',
    CONFLICT: 'This conflicts with data already recorded.',
    ILLEGAL_TRANSITION: 'This step is not allowed in the current state.',
    LIMIT_EXCEEDED: 'A limit has been exceeded.',
    RATE_LIMITED: 'Too many attempts: try again in a few minutes.',
    NETWORK: 'The service is not answering. Try again shortly.',
    SERVICE_UNAVAILABLE: 'A service is not available right now: some data is missing.',
    INTERNAL_SERVER_ERROR: 'Something went wrong. Please try again.',
  },
};

/** Every reason's text in both languages (`error.reason.*`) and the generic text of each code (`error.code.*`). */
export const ERROR_CATALOG: Catalog = {
  it: {
    ...Object.fromEntries(Object.entries(CODE_TEXTS.it).map(([c, text]) => [errorCodeKey(c), text])),
    ...Object.fromEntries(Object.entries(ERROR_TEXTS_IT).map(([r, text]) => [errorReasonKey(r), text])),
  },
  en: {
    ...Object.fromEntries(Object.entries(CODE_TEXTS.en).map(([c, text]) => [errorCodeKey(c), text])),
    ...Object.fromEntries(
      (Object.keys(ERROR_REASONS) as ErrorReason[]).map((r) => [errorReasonKey(r), ERROR_TEXTS_EN[r] ?? ERROR_REASONS[r].message]),
    ),
  },
};

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
  const reasonKey = error.reason && isErrorReason(error.reason) ? errorReasonKey(error.reason) : undefined;
  const text = (reasonKey && (catalog[lang][reasonKey] ?? catalog.it[reasonKey])) || undefined;
  if (text) return formatMessage(text, lang, readableParams(catalog, lang, error.reason, error.params ?? {}));
  const codeKey = errorCodeKey(error.code);
  return catalog[lang][codeKey] ?? catalog[lang][errorCodeKey('INTERNAL_SERVER_ERROR')] ?? error.code;
}

export { localeOf };
