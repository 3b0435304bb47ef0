import { AccountCard } from '@ixl/portal-client';
import { PageTitle, useI18n } from '@ixl/ui';

/**
 * "My sessions": an honest empty state until the projects subgraph serves committee sessions to
 * their members (then this page queries them, beside this file).
 */
export function MySessionsPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('sessions.title')}</PageTitle>
      <section className="ixl-card" aria-labelledby="sessions-empty">
        <h2 id="sessions-empty">{t('sessions.empty')}</h2>
        <p>{t('sessions.notYet')}</p>
      </section>
      <AccountCard />
    </>
  );
}
