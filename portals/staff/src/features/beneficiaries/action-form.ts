import { apiErrors, formErrors, type ApiError } from '@ixl/portal-client';
import { useI18n } from '@ixl/ui';
import { useEffect, useRef, useState } from 'react';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** A message for errors that concern no field of the form. */
export function generalMessage(errors: ApiError[], errorText: (e: ApiError) => string): string | null {
  if (!errors.length) return null;
  return errors.map((e) => errorText(e)).join(' ');
}

/**
 * State of one staff action form: local checks first, then the API call; errors land next to their
 * field (`extensions.field`, in the portal's words when `apiFieldTexts` has the field), the focus
 * moves to the first one, and nothing typed is cleared.
 */
export function useActionForm<F extends string>(fields: readonly F[], apiFieldTexts: FieldErrors<F> = {}) {
  const { t, errorText } = useI18n();
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!attempt) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [attempt]);

  const fail = (fieldErrors: FieldErrors<F>, message: string | null) => {
    setErrors(fieldErrors);
    setGeneral(message);
    setDone(null);
    setAttempt((n) => n + 1);
  };

  /** Runs `action` unless `local` has errors; `ok` is the message shown on success. Returns whether it succeeded. */
  const run = async (local: FieldErrors<F>, action: () => Promise<unknown>, ok: string): Promise<boolean> => {
    if (Object.values(local).some(Boolean)) {
      fail(local, t('error.formSummary'));
      return false;
    }
    setBusy(true);
    try {
      await action();
      setErrors({});
      setGeneral(null);
      setDone(ok);
      return true;
    } catch (error) {
      const split = formErrors(apiErrors(error), fields, errorText);
      // Each error in the user's words from its reason; some fields keep the form's own, more precise, text.
      const shown = Object.fromEntries(
        Object.entries(split.fields).map(([f, message]) => [f, apiFieldTexts[f as F] ?? message]),
      ) as FieldErrors<F>;
      fail(shown, generalMessage(split.general, errorText));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { errors, general, done, busy, formRef, run };
}
