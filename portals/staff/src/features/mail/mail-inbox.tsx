import { useQuery } from '@apollo/client/react';
import { QueryState } from '@ixl/portal-client';
import { Button, TextField, useI18n, formatDateTime } from '@ixl/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';

const CAPTURED_MAIL = graphql(`
  query StaffCapturedMail($first: Int!, $to: String) {
    capturedMail(first: $first, to: $to) {
      id
      to
      subject
      text
      capturedAt
    }
  }
`);

export const INBOX_SIZE = 50;

/** The local capture inbox (mail that would have gone out without an SMTP server): list and one mail's text. */
export function MailInbox() {
  const { t, lang } = useI18n();
  const [to, setTo] = useState('');
  const [applied, setApplied] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(CAPTURED_MAIL, {
    variables: { first: INBOX_SIZE, to: applied },
    fetchPolicy: 'cache-and-network',
  });
  const detail = useRef<HTMLElement>(null);
  useEffect(() => {
    if (openId) detail.current?.focus();
  }, [openId]);
  const when = (iso: string) => formatDateTime(iso, lang);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setApplied(to.trim() || null);
    setOpenId(null);
  };
  return (
    <section className="ixl-card" aria-labelledby="mail-inbox-title">
      <h2 id="mail-inbox-title">{t('mail.inbox')}</h2>
      <p className="ixl-muted">{t('mail.inboxHint')}</p>
      <form className="ixl-form" role="search" aria-label={t('mail.filterLabel')} noValidate onSubmit={submit}>
        <TextField label={t('mail.to')} name="to" type="email" value={to} onChange={(e) => setTo(e.target.value)} autoComplete="off" />
        <div className="ixl-actions">
          <Button type="submit">{t('mail.filter')}</Button>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('mail.refresh')}
          </Button>
        </div>
      </form>
      <QueryState loading={loading} error={error} data={data}>
        {(d) => (
          <>
            {d.capturedMail.length ? (
              <ol className="ixl-feed" aria-label={t('mail.list')}>
                {d.capturedMail.map((m) => (
                  <li key={m.id}>
                    <time dateTime={m.capturedAt}>{when(m.capturedAt)}</time> {m.to} ·{' '}
                    <button
                      type="button"
                      className="ixl-link"
                      aria-expanded={m.id === openId}
                      onClick={() => setOpenId(m.id === openId ? null : m.id)}
                    >
                      {m.subject}
                    </button>
                    {m.id === openId ? (
                      <article ref={detail} tabIndex={-1} className="ixl-card staff-panel" aria-labelledby="mail-open-subject">
                        <h3 id="mail-open-subject">{m.subject}</h3>
                        <p className="ixl-muted">{t('mail.toLine', { to: m.to, at: when(m.capturedAt) })}</p>
                        <pre className="staff-mail-text">{m.text}</pre>
                      </article>
                    ) : null}
                  </li>
                ))}
              </ol>
            ) : (
              <p role="status">{t('mail.empty')}</p>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
