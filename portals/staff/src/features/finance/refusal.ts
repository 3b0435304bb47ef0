import { useI18n } from '@ixl/ui';
import { useCallback } from 'react';

/** A refused loan or grant as the API gives it: the error reason of the refusal and its params. */
export interface Refusal {
  refusalReasonCode?: string | null | undefined;
  refusalParams?: unknown;
}

/**
 * Why a loan or grant was refused, in the user's language, from its reason code and params (never the stored English
 * sentence); refusals recorded before reason codes existed say that the reason was not recorded.
 */
export function useRefusalText(): (refusal: Refusal) => string {
  const { t, errorText } = useI18n();
  return useCallback(
    (refusal: Refusal) =>
      refusal.refusalReasonCode
        ? errorText({
            code: 'LIMIT_EXCEEDED',
            reason: refusal.refusalReasonCode,
            params: (refusal.refusalParams ?? {}) as Readonly<Record<string, unknown>>,
          })
        : t('finance.refusalUnrecorded'),
    [t, errorText],
  );
}
