import { useQuery } from '@apollo/client/react';
import { Details, useI18n } from '@ixl/ui';
import { PortalMeDocument } from '../operations.generated.js';
import { QueryState } from '../query-state.js';

/** "Who am I": the signed-in account as the API sees it now (`me`). */
export function AccountCard() {
  const { t } = useI18n();
  const { data, loading, error } = useQuery(PortalMeDocument);
  return (
    <section className="ixl-card" aria-labelledby="account-card-title">
      <h2 id="account-card-title">{t('whoami.title')}</h2>
      <QueryState loading={loading} error={error} data={data?.me ?? undefined}>
        {(me) => (
          <Details
            rows={[
              [t('whoami.name'), me.displayName],
              [t('whoami.email'), me.email],
              [t('whoami.role'), t(`role.${me.role}`)],
            ]}
          />
        )}
      </QueryState>
    </section>
  );
}
