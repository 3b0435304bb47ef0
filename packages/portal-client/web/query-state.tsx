import { Alert, Status, useI18n } from '@ixl/ui';
import type { ReactNode } from 'react';
import { apiErrors } from './errors.js';

/** Loading / error / data for one query, with accessible status and error messages. */
export function QueryState<T>({
  loading,
  error,
  data,
  children,
}: {
  loading: boolean;
  error?: unknown;
  data: T | undefined;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (data) return <>{children(data)}</>;
  if (error) {
    const codes = apiErrors(error).map((e) => e.code);
    return (
      <Alert>
        {codes.includes('FORBIDDEN') ? t('error.forbidden') : codes.includes('NETWORK') ? t('error.network') : t('error.generic')}
      </Alert>
    );
  }
  return loading ? <Status>{t('status.loading')}</Status> : null;
}
