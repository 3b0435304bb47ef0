import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiErrors } from '@ixl/portal-client';
import { fieldOf, stepOfField, type RegistrationField } from './registration-form.js';

/** A failed registration as the wizard shows it: messages per field, the step to go back to, the rest. */
export interface RegistrationFailure {
  fields: Partial<Record<RegistrationField, { key?: string; message: string }>>;
  /** The first form step with an error (the wizard goes back there), or -1. */
  step: number;
  general: { key?: string; message: string }[];
}

/** Known server refusals get a text in the user's language (key); anything else keeps the server's message. */
function messageKey(code: string, field: RegistrationField | undefined, reason: unknown): string | undefined {
  if (code === 'CONFLICT' && field === 'email') return 'register.error.emailTaken';
  if (code === 'CONFLICT' && field === 'codiceFiscale') return 'register.error.cfTaken';
  if (code === 'NETWORK') return 'error.network';
  if (code !== 'BAD_USER_INPUT' || !field) return undefined;
  if (field === 'codiceFiscale' && typeof reason === 'string') return `register.error.cf.${reason}`;
  return undefined;
}

/** Splits the errors of `registerBeneficiary` between the wizard's fields and the rest. */
export function registrationFailure(error: unknown): RegistrationFailure {
  const reasons = CombinedGraphQLErrors.is(error)
    ? error.errors.map((e) => (e.extensions as { reason?: unknown } | undefined)?.reason)
    : [];
  const result: RegistrationFailure = { fields: {}, step: -1, general: [] };
  apiErrors(error).forEach((e, i) => {
    const field = fieldOf(e.field);
    const key = messageKey(e.code, field, reasons[i]);
    const shown = key ? { key, message: e.message } : { message: e.message };
    if (field && !result.fields[field]) {
      result.fields[field] = shown;
      const step = stepOfField(e.field);
      if (result.step < 0 || step < result.step) result.step = step;
    } else result.general.push(shown);
  });
  return result;
}
