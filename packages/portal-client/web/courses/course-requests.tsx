import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Button, Notice, TextAreaField, formatDateTime, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { apiErrors } from '../errors.js';
import { QueryState } from '../query-state.js';
import { CourseEnrolmentChangedDocument, CourseRequestsDocument, DecideCourseRequestDocument } from '../operations.generated.js';

type Request = { id: string; participantName: string | null; codiceFiscale: string | null; requestedAt: string | null };

function RequestRow({ r, onDone }: { r: Request; onDone(message: string): void }) {
  const { t, lang } = useI18n();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [decide, { loading }] = useMutation(DecideCourseRequestDocument);
  const name = r.participantName ?? t('requests.noName');
  const answer = async (accept: boolean) => {
    if (!accept && reason.trim().length < 3) {
      setError(t('requests.error.reason'));
      return;
    }
    try {
      await decide({ variables: { input: { enrolmentId: r.id, accept, reason: accept ? null : reason.trim() } } });
      onDone(t(accept ? 'requests.accepted' : 'requests.declined', { name }));
    } catch (e) {
      const errs = apiErrors(e);
      const first = errs[0];
      setError(
        first?.code === 'LIMIT_EXCEEDED'
          ? t('requests.error.full')
          : first?.code === 'ILLEGAL_TRANSITION'
            ? t('requests.error.answered')
            : first?.field === 'reason'
              ? t('requests.error.reason')
              : first?.code === 'NETWORK'
                ? t('error.network')
                : t('error.generic'),
      );
    }
  };
  return (
    <li className="ixl-offer">
      <h3>{name}</h3>
      <p>
        {r.codiceFiscale ? `${t('requests.cf')}: ${r.codiceFiscale} · ` : ''}
        {r.requestedAt ? t('requests.askedOn', { when: formatDateTime(r.requestedAt, lang) }) : null}
      </p>
      {error ? <Alert>{error}</Alert> : null}
      {declining ? (
        <>
          <TextAreaField
            label={t('requests.reason', { name })}
            hint={t('requests.reasonHint')}
            value={reason}
            maxLength={500}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
            error={error && !reason.trim() ? t('requests.error.reason') : undefined}
          />
          <div className="ixl-actions">
            <Button disabled={loading} onClick={() => void answer(false)}>
              {t('requests.confirmDecline')}
            </Button>
            <Button variant="secondary" onClick={() => setDeclining(false)}>
              {t('requests.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <div className="ixl-actions">
          <Button disabled={loading} onClick={() => void answer(true)} aria-label={t('requests.acceptFor', { name })}>
            {t('requests.accept')}
          </Button>
          <Button variant="secondary" onClick={() => setDeclining(true)} aria-label={t('requests.declineFor', { name })}>
            {t('requests.decline')}
          </Button>
        </div>
      )}
    </li>
  );
}

/**
 * The course requests of one edition ("Chiedi l'iscrizione" from the beneficiary portal), live: who asked and
 * when, accept (the person is enrolled) or decline with a reason. For the training body and for staff.
 */
export function CourseRequests({ editionId, onChange }: { editionId: string; onChange?: () => void }) {
  const { t } = useI18n();
  const { data, loading, error, refetch } = useQuery(CourseRequestsDocument, { variables: { id: editionId } });
  const [done, setDone] = useState<string | null>(null);
  useSubscription(CourseEnrolmentChangedDocument, {
    onData: ({ data: d }) => {
      if (d.data?.courseEnrolmentChanged.edition.id !== editionId) return;
      void refetch();
      onChange?.();
    },
  });
  return (
    <section className="ixl-card" aria-labelledby={`requests-${editionId}`}>
      <h2 id={`requests-${editionId}`}>{t('requests.title')}</h2>
      {done ? <Notice>{done}</Notice> : null}
      <QueryState loading={loading} error={error} data={data?.courseEdition ?? undefined}>
        {(e) => {
          const open = e.enrolments.filter((n) => n.status === 'REQUESTED');
          const declined = e.enrolments.filter((n) => n.status === 'REJECTED');
          return (
            <>
              <div aria-live="polite">
                {open.length ? (
                  <ul className="ixl-offers">
                    {open.map((r) => (
                      <RequestRow
                        key={r.id}
                        r={r}
                        onDone={(message) => {
                          setDone(message);
                          void refetch();
                          onChange?.();
                        }}
                      />
                    ))}
                  </ul>
                ) : (
                  <p>{t('requests.none')}</p>
                )}
              </div>
              {declined.length ? (
                <details>
                  <summary>{t('requests.declinedList', { count: declined.length })}</summary>
                  <ul className="ixl-plain-list">
                    {declined.map((d) => (
                      <li key={d.id}>
                        {t('requests.declinedRow', { name: d.participantName ?? t('requests.noName'), reason: d.decisionReason ?? '—' })}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
