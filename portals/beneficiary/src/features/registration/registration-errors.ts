import { apiErrors, type ApiError } from '@ixl/portal-client';
import { fieldOf, stepOfField, type RegistrationField } from './registration-form.js';

/** A failed registration as the wizard shows it: messages per field, the step to go back to, the rest. */
export interface RegistrationFailure {
  fields: Partial<Record<RegistrationField, { key?: string; message: string }>>;
  /** The first form step with an error (the wizard goes back there), or -1. */
  step: number;
  general: { key?: string; message: string }[];
}

/** Refusals the wizard words in its own way (a way forward, not only the refusal); the rest is the reason's text. */
function messageKey(e: ApiError, field: RegistrationField | undefined): string | undefined {
  if (e.code === 'CONFLICT' && field === 'email') return 'register.error.emailTaken';
  if (e.code === 'CONFLICT' && field === 'codiceFiscale') return 'register.error.cfTaken';
  return undefined;
}

/**
 * Splits the errors of `registerBeneficiary` between the wizard's fields and the rest; `describe` turns an error's
 * reason and params into the user's language (`useI18n().errorText`).
 */
export function registrationFailure(error: unknown, describe: (e: ApiError) => string): RegistrationFailure {
  const result: RegistrationFailure = { fields: {}, step: -1, general: [] };
  for (const e of apiErrors(error)) {
    const field = fieldOf(e.field);
    const key = messageKey(e, field);
    const shown = key ? { key, message: describe(e) } : { message: describe(e) };
    if (field && !result.fields[field]) {
      result.fields[field] = shown;
      const step = stepOfField(e.field);
      if (result.step < 0 || step < result.step) result.step = step;
    } else result.general.push(shown);
  }
  return result;
}
