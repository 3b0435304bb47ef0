import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { apiErrors, formErrors } from '@ixl/portal-client';
import { Alert, Button, Notice, TextAreaField, formatDate, useI18n } from '@ixl/ui';
import { useState } from 'react';
import { graphql } from '../../gql/index.js';

const GENERATE = graphql(`
  mutation CommitteeGenerateMinutes($sessionId: ID!) {
    generateCommitteeMinutes(sessionId: $sessionId) {
      id
      minutes
      minutesStatus
    }
  }
`);

const APPROVE = graphql(`
  mutation CommitteeApproveMinutes($sessionId: ID!) {
    approveCommitteeMinutes(sessionId: $sessionId) {
      id
      minutesStatus
      minutesApprovedAt
    }
  }
`);

const TEMPLATE = graphql(`
  query CommitteeMinutesTemplate($committeeId: ID) {
    committeeMinutesTemplate(committeeId: $committeeId) {
      committeeId
      source
      version
      body
      placeholders {
        name
        description
        perItem
      }
    }
    committeeMinutesTemplateVersions(committeeId: $committeeId) {
      id
      version
      createdAt
    }
  }
`);

const PREVIEW = graphql(`
  query CommitteePreviewMinutes($sessionId: ID!, $template: String) {
    previewCommitteeMinutes(sessionId: $sessionId, template: $template)
  }
`);

const SAVE_TEMPLATE = graphql(`
  mutation CommitteeSaveMinutesTemplate($committeeId: ID, $body: String!) {
    saveCommitteeMinutesTemplate(committeeId: $committeeId, body: $body) {
      id
      version
    }
  }
`);

/** Chair or secretary: write the verbale from the committee's template, approve it. */
export function MinutesCommands({
  sessionId,
  status,
  onChange,
}: {
  sessionId: string;
  status: 'NONE' | 'DRAFT' | 'APPROVED';
  onChange: () => void;
}) {
  const { t, errorText } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [generate, generating] = useMutation(GENERATE);
  const [approve, approving] = useMutation(APPROVE);
  if (status === 'APPROVED') return null;
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      onChange();
    } catch (e) {
      setError(
        apiErrors(e)
          .map((x) => errorText(x))
          .join(' '),
      );
    }
  };
  return (
    <>
      {error ? <Alert>{error}</Alert> : null}
      <div className="ixl-actions">
        <Button disabled={generating.loading} onClick={() => void run(() => generate({ variables: { sessionId } }))}>
          {status === 'NONE' ? t('minutes.generate') : t('minutes.regenerate')}
        </Button>
        {status === 'DRAFT' ? (
          <Button variant="secondary" disabled={approving.loading} onClick={() => void run(() => approve({ variables: { sessionId } }))}>
            {t('minutes.approve')}
          </Button>
        ) : null}
      </div>
    </>
  );
}

/**
 * The secretary's editor of the committee's verbale template: the placeholders it may use, a preview on this
 * session, and saving a new version (errors such as an unknown placeholder appear under the text, with its line).
 */
export function MinutesTemplateEditor({
  committeeId,
  sessionId,
  onSaved,
}: {
  committeeId: string;
  sessionId: string;
  onSaved: () => void;
}) {
  const { t, tCode, errorText, lang } = useI18n();
  const { data, refetch } = useQuery(TEMPLATE, { variables: { committeeId } });
  const [body, setBody] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [preview, previewState] = useLazyQuery(PREVIEW, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SAVE_TEMPLATE);
  const current = data?.committeeMinutesTemplate;
  if (!current) return null;
  const text = body ?? current.body;

  const fail = (e: unknown) => {
    const split = formErrors(apiErrors(e), ['body', 'template'], errorText);
    setFieldError(split.fields.body ?? split.fields.template);
    setGeneral(split.general.length ? split.general.map((g) => errorText(g)).join(' ') : null);
  };
  const doPreview = async () => {
    setFieldError(undefined);
    setGeneral(null);
    setSaved(null);
    try {
      const r = await preview({ variables: { sessionId, template: text } });
      if (r.error) fail(r.error);
    } catch (e) {
      fail(e);
    }
  };
  const doSave = async () => {
    setFieldError(undefined);
    setGeneral(null);
    try {
      const r = await save({ variables: { committeeId, body: text } });
      setSaved(r.data?.saveCommitteeMinutesTemplate.version ?? null);
      setBody(null);
      await refetch();
      onSaved();
    } catch (e) {
      fail(e);
    }
  };
  const versions = data.committeeMinutesTemplateVersions;
  return (
    <details className="ixl-card">
      <summary>{t('template.title')}</summary>
      <p className="ixl-muted">
        {t('template.source', { source: tCode('CommitteeMinutesTemplateSource', current.source), version: current.version ?? 0 })}
        {versions[0] ? ` · ${t('template.savedOn', { date: formatDate(versions[0].createdAt, lang) })}` : ''}
      </p>
      <p>{t('template.help', { open: '{{#punti}}', close: '{{/punti}}' })}</p>
      <ul className="ixl-muted">
        {current.placeholders.map((p) => (
          <li key={p.name}>
            <code>{`{{${p.name}}}`}</code> — {p.description}
            {p.perItem ? ` ${t('template.perItem')}` : ''}
          </li>
        ))}
      </ul>
      {general ? <Alert>{general}</Alert> : null}
      {saved ? <Notice>{t('template.saved', { version: saved })}</Notice> : null}
      <TextAreaField
        label={t('template.body')}
        value={text}
        rows={16}
        spellCheck={false}
        style={{ fontFamily: 'monospace', width: '100%' }}
        onChange={(e) => setBody(e.target.value)}
        error={fieldError}
      />
      <div className="ixl-actions">
        <Button variant="secondary" disabled={previewState.loading} onClick={() => void doPreview()}>
          {t('template.preview')}
        </Button>
        <Button disabled={saving.loading} onClick={() => void doSave()}>
          {t('template.save')}
        </Button>
      </div>
      {previewState.data?.previewCommitteeMinutes && !fieldError ? (
        <section aria-label={t('template.previewTitle')}>
          <h3>{t('template.previewTitle')}</h3>
          <div className="ixl-card" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="minutes-preview">
            {previewState.data.previewCommitteeMinutes}
          </div>
        </section>
      ) : null}
    </details>
  );
}
