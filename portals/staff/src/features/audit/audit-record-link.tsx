import { useSession } from '@ixl/portal-client';
import { QueryLink, useI18n } from '@ixl/ui';

/** On a person's record, for ADMIN only: a link to the audit log filtered by that person. */
export function AuditRecordLink({ beneficiaryId }: { beneficiaryId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  if (user.role !== 'ADMIN' || !beneficiaryId) return null;
  return (
    <p>
      <QueryLink to="/registro-accessi" query={{ persona: beneficiaryId }}>
        {t('audit.recordLink')}
      </QueryLink>
    </p>
  );
}
