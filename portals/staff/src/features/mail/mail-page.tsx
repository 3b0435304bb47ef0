import { PageTitle, useI18n } from '@ixl/ui';
import { MailInbox } from './mail-inbox.js';
import { MassMailForm } from './mass-mail-form.js';
import './mail.css';

/** Mail: the capture inbox (what the platform sent) and mass mailings with their delivery progress. */
export function MailPage() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('mail.title')}</PageTitle>
      <MailInbox />
      <MassMailForm />
    </>
  );
}
