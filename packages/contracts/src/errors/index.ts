/**
 * The one registry of error reasons (`extensions.reason`) the API can raise, with their code and
 * parameters (`extensions.params`, the `{placeholders}` of the English message). Portals translate a
 * reason from their catalogue (`error.reason.<REASON>`), never the message.
 *
 * To add one: put it in the table of the area that raises it (`errors/<area>.ts`, keep the keys sorted),
 * raise it with `new DomainError('REASON', { params })` / `badInput(field, 'REASON', { params })`,
 * and give it an Italian text in `packages/ui/web/error-texts/<area>.ts` (the test
 * `portals/test/error-reasons.spec.ts` says what is missing where).
 */
import { COMMON_ERRORS } from './common.js';
import { COMPANIES_ERRORS } from './companies.js';
import { FINANCE_ERRORS } from './finance.js';
import { GATEWAY_ERRORS } from './gateway.js';
import { PEOPLE_ERRORS } from './people.js';
import { PROJECTS_ERRORS } from './projects.js';
import { TRAINING_ERRORS } from './training.js';
import type { ErrorParamValue, PlaceholdersOf, ReasonDefinition } from './reason.js';

export type { ErrorCode, ErrorParamValue, ReasonDefinition, ReasonTable } from './reason.js';
export { COMMON_ERRORS, COMPANIES_ERRORS, FINANCE_ERRORS, GATEWAY_ERRORS, PEOPLE_ERRORS, PROJECTS_ERRORS, TRAINING_ERRORS };

/** The reason tables by the area that raises them (the file to edit is `errors/<area>.ts`). */
export const ERROR_REASON_AREAS = {
  common: COMMON_ERRORS,
  gateway: GATEWAY_ERRORS,
  people: PEOPLE_ERRORS,
  companies: COMPANIES_ERRORS,
  training: TRAINING_ERRORS,
  projects: PROJECTS_ERRORS,
  finance: FINANCE_ERRORS,
} as const;
export type ErrorReasonArea = keyof typeof ERROR_REASON_AREAS;

export const ERROR_REASONS = {
  ...COMMON_ERRORS,
  ...GATEWAY_ERRORS,
  ...PEOPLE_ERRORS,
  ...COMPANIES_ERRORS,
  ...TRAINING_ERRORS,
  ...PROJECTS_ERRORS,
  ...FINANCE_ERRORS,
} as const;

export type ErrorReason = keyof typeof ERROR_REASONS;
/** The parameters a reason carries (`extensions.params`), typed from its message's placeholders. */
export type ErrorParams<R extends ErrorReason> = { readonly [K in PlaceholdersOf<(typeof ERROR_REASONS)[R]['message']>]: ErrorParamValue };

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.hasOwn(ERROR_REASONS, value);
}

/** An error as a GraphQL-over-HTTP `errors[]` entry, for answers sent without Apollo (file routes, body limits). */
export function errorJson<R extends ErrorReason>(
  reason: R,
  params: ErrorParams<R>,
  extensions: Record<string, unknown> = {},
): { message: string; extensions: Record<string, unknown> } {
  const values = params as Readonly<Record<string, ErrorParamValue>>;
  return { message: errorMessage(reason, values), extensions: { ...extensions, code: ERROR_REASONS[reason].code, reason, params: values } };
}

export function reasonDefinition(reason: ErrorReason): ReasonDefinition {
  return ERROR_REASONS[reason];
}

/**
 * The English message of a reason with its parameters (the API's `message`, for people reading raw API answers
 * and logs). Parameters named `…Cents` are shown as euros.
 */
export function errorMessage(reason: ErrorReason, params: Readonly<Record<string, ErrorParamValue>> = {}): string {
  return ERROR_REASONS[reason].message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (name.endsWith('Cents') && typeof value === 'number')
      return `€${(value / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
    return String(value);
  });
}
