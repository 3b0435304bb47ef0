import { apiErrors, type ApiError } from '@ixl/portal-client';
import { fieldOf, stepOfField, type RegistrationField } from './registration-form.js';

/** A failed registration as the wizard shows it: messages per field, the step to go back to, the rest. */
export interface RegistrationFailure {
  fields: Partial<Record<RegistrationField, { key?: string; error?: ApiError }>>;
  /** The first form step with an error (the wizard goes back there), or -1. */
  step: number;
  general: { key?: string; error?: ApiError }[];
}

/** Refusals the wizard words in its own way (a way forward, not only the refusal); the rest is the reason's text. */
function messageKey(e: ApiError, field: RegistrationField | undefined): string | undefined {
  if (e.code === 'CONFLICT' && field === 'email') return 'register.error.emailTaken';
  if (e.code === 'CONFLICT' && field === 'codiceFiscale') return 'register.error.cfTaken';
  return undefined;
}

/**
 * Splits the errors of `registerBeneficiary` between the wizard's fields and the rest; each keeps the API error, which
 * the wizard describes in the current language (`useI18n().errorText`), again when the language changes.
 */
export function registrationFailure(error: unknown): RegistrationFailure {
  const result: RegistrationFailure = { fields: {}, step: -1, general: [] };
  for (const e of apiErrors(error)) {
    const field = fieldOf(e.field);
    const key = messageKey(e, field);
    const shown = key ? { key, error: e } : { error: e };
    if (field && !result.fields[field]) {
      result.fields[field] = shown;
      const step = stepOfField(e.field);
      if (result.step < 0 || step < result.step) result.step = step;
    } else result.general.push(shown);
  }
  return result;
}
