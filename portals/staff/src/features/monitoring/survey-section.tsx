import { localDefinitions } from './definitions.js';
import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState, apiErrors, formErrors } from '@ixl/portal-client';
import { Button, Status, TextField, useI18n } from '@ixl/ui';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';
import { FigureSection, Tile } from './figure-section.js';
import { num, percent } from './format.js';
import { todayInRome } from '@ixl/calendar';

export const SURVEY_REPORT = graphql(`
  query StaffFuoriProtocolloSurveyReport($wave: String!) {
    peopleFuoriProtocolloSurveyReport(wave: $wave) {
      wave
      invited
      answered
      responseRate
      working
      workingShare
      byContract {
        key
        count
        share
      }
      withOffers
      withOffersShare
      offersTotal
      definitions {
        figure
        definition
      }
    }
  }
`);

const SEND_SURVEY = graphql(`
  mutation StaffSendFuoriProtocolloSurvey($wave: String!) {
    peopleSendFuoriProtocolloSurvey(wave: $wave) {
      wave
      invited
      alreadyInvited
      skippedWithoutEmail
    }
  }
`);

/** The questionnaire to people out of protocol: send a wave by mail, then the shares of the answers. */
export function SurveySection() {
  const { t, tEnum, lang, errorText } = useI18n();
  const [draft, setDraft] = useState(() => todayInRome().slice(0, 7));
  const [wave, setWave] = useState(draft);
  const { data, previousData, loading, error, refetch } = useQuery(SURVEY_REPORT, { variables: { wave } });
  const [send, sending] = useMutation(SEND_SURVEY, { refetchQueries: ['StaffFuoriProtocolloSurveyReport'], awaitRefetchQueries: true });
  const errors = formErrors(apiErrors(sending.error ?? error), ['wave'], errorText).fields;
  const sent = sending.data?.peopleSendFuoriProtocolloSurvey;
  async function submit(e: FormEvent) {
    e.preventDefault();
    setWave(draft);
    await send({ variables: { wave: draft } }).catch(() => undefined);
  }
  const shown = data ?? previousData;
  return (
    <section aria-labelledby="monitoring-survey">
      <h2 id="monitoring-survey">{t('monitoring.survey')}</h2>
      <form className="ixl-card monitoring-no-print" aria-label={t('monitoring.survey.form')} onSubmit={submit} noValidate>
        <p>{t('monitoring.survey.text')}</p>
        <TextField
          label={t('monitoring.survey.wave')}
          hint={t('monitoring.survey.waveHint')}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          error={errors.wave}
        />
        <div className="ixl-actions">
          <Button type="submit" disabled={sending.loading}>
            {t('monitoring.survey.send')}
          </Button>
          <Button variant="secondary" onClick={() => (draft === wave ? void refetch().catch(() => undefined) : setWave(draft))}>
            {t('monitoring.survey.show')}
          </Button>
        </div>
        {sent ? (
          <Status>
            {t('monitoring.survey.sent', { invited: sent.invited, already: sent.alreadyInvited, skipped: sent.skippedWithoutEmail })}
          </Status>
        ) : null}
      </form>
      <QueryState loading={loading} error={errors.wave ? undefined : error} data={shown}>
        {(d) => {
          const r = d.peopleFuoriProtocolloSurveyReport;
          const def = localDefinitions(r.definitions, 'survey', t);
          return (
            <>
              <div className="monitoring-tiles">
                <Tile label={t('monitoring.survey.invited')} value={num(r.invited, lang)} definition={def.invited} />
                <Tile
                  label={t('monitoring.survey.responseRate')}
                  value={percent(r.responseRate, lang)}
                  definition={t('monitoring.survey.answeredOf', { answered: r.answered, invited: r.invited })}
                />
                <Tile label={t('monitoring.survey.working')} value={percent(r.workingShare, lang)} definition={def.workingShare} />
                <Tile
                  label={t('monitoring.survey.withOffers')}
                  value={percent(r.withOffersShare, lang)}
                  definition={t('monitoring.survey.offersTotal', { total: r.offersTotal })}
                />
              </div>
              <FigureSection
                id={`survey-contracts-${r.wave}`}
                title={t('monitoring.survey.byContract')}
                definition={def.byContract}
                period={r.wave}
                rows={r.byContract}
                rowKey={(c) => c.key}
                columns={[
                  { key: 'contract', header: t('monitoring.col.contract'), value: (c) => tEnum('monitoring.contract', c.key) },
                  { key: 'count', header: t('monitoring.col.persons'), value: (c) => c.count },
                  { key: 'share', header: t('monitoring.col.share'), value: (c) => percent(c.share, lang) },
                ]}
                chart={{
                  label: (c) => tEnum('monitoring.contract', c.key),
                  series: [{ name: t('monitoring.col.persons'), value: (c) => c.count }],
                }}
              />
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
