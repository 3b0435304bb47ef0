import { randomBytes, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { enqueueMail } from '@ixl/mail';
import { DomainError, badInput, isStaff, requireStaff, share } from '@ixl/subgraph-kit';
import { Beneficiary, BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { FuoriProtocolloSurvey } from '../entities/fp-survey.entity.js';

export const SURVEY_CONTRACTS = ['TEMPO_DETERMINATO', 'TEMPO_INDETERMINATO', 'IN_PROPRIO', 'A_CHIAMATA', 'OTHER'] as const;
const WAVE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export interface SurveyAnswer {
  working: boolean;
  contractType?: string | null;
  offersReceived: number;
}
export interface SurveySendResult {
  wave: string;
  invited: number;
  alreadyInvited: number;
  skippedWithoutEmail: number;
}
export interface SurveyReport {
  wave: string;
  invited: number;
  answered: number;
  responseRate: number | null;
  working: number;
  workingShare: number | null;
  byContract: { key: string; count: number; share: number | null }[];
  withOffers: number;
  withOffersShare: number | null;
  offersTotal: number;
  definitions: { figure: string; definition: string }[];
}

export const SURVEY_DEFINITIONS: Record<string, string> = {
  invited: 'People out of protocol who were sent the questionnaire in the wave (one per person per wave).',
  responseRate: 'Answered ÷ invited.',
  workingShare: 'Answering “working” ÷ answered.',
  byContract: 'Contract type of those working; share = count ÷ working.',
  withOffersShare: 'Answered with at least one job offer received ÷ answered; offers total = sum of the offers declared.',
};

/** The questionnaire for people out of protocol: sending (mail), answers (link or operator), shares. */
export class FuoriProtocolloSurveyService {
  constructor(
    private readonly em: EntityManager,
    private readonly publicUrl = 'http://localhost:4000',
  ) {}

  /** Staff: sends the wave's questionnaire to every person out of protocol with an email (once per person per wave). */
  async send(caller: Caller, wave: string, reason: string | null): Promise<SurveySendResult> {
    requireStaff(caller);
    if (!WAVE.test(wave)) throw badInput('wave', 'SURVEY_WAVE_FORMAT');
    return this.em.transactional(async (tx) => {
      const people = await tx.find(
        Beneficiary,
        { status: BeneficiaryStatus.FUORI_PROTOCOLLO, ...(reason ? { fuoriProtocolloReason: reason as never } : {}) },
        { orderBy: { id: 'asc' } },
      );
      const existing = new Set(
        (
          await tx.find(FuoriProtocolloSurvey, { wave, beneficiaryId: { $in: people.map((p) => p.id) } }, { fields: ['beneficiaryId'] })
        ).map((s) => s.beneficiaryId),
      );
      const result: SurveySendResult = { wave, invited: 0, alreadyInvited: 0, skippedWithoutEmail: 0 };
      const base = this.publicUrl.replace(/\/$/, '');
      for (const b of people) {
        if (existing.has(b.id)) result.alreadyInvited++;
        else if (!b.email) result.skippedWithoutEmail++;
        else {
          const token = randomBytes(24).toString('base64url');
          tx.persist(
            tx.create(FuoriProtocolloSurvey, {
              id: randomUUID(),
              beneficiaryId: b.id,
              wave,
              reason: b.fuoriProtocolloReason,
              token,
              sentAt: new Date(),
            }),
          );
          await enqueueMail(tx, 'people', {
            dedupeKey: `fp-survey:${wave}:${b.id}`,
            category: 'TRANSACTIONAL',
            recipientId: b.id,
            to: b.email,
            toName: `${b.firstName} ${b.lastName}`,
            template: 'fuori_protocollo_survey',
            data: {
              firstName: b.firstName,
              surveyUrl: `${base}/beneficiario/questionario?token=${token}`,
              readmissionUrl: `${base}/beneficiario/riammissione`,
            },
          });
          result.invited++;
        }
      }
      await tx.flush();
      return result;
    });
  }

  /** The person, by the link's token (no login), or staff by survey id: records the answers once. */
  async answer(caller: Caller, key: { token?: string | null; surveyId?: string | null }, input: SurveyAnswer): Promise<boolean> {
    if (key.surveyId && !isStaff(caller)) throw new DomainError('NOT_ALLOWED', {});
    if (!key.token && !key.surveyId) throw badInput('token', 'SURVEY_LINK_MISSING');
    if (!Number.isInteger(input.offersReceived) || input.offersReceived < 0 || input.offersReceived > 100)
      throw badInput('offersReceived', 'OFFERS_RECEIVED_RANGE');
    const contract = input.working ? (input.contractType ?? null) : null;
    if (input.working && !contract) throw badInput('contractType', 'SURVEY_CONTRACT_REQUIRED');
    if (contract && !(SURVEY_CONTRACTS as readonly string[]).includes(contract)) throw badInput('contractType', 'UNKNOWN_CONTRACT_TYPE');
    if (!input.working && input.contractType) throw badInput('contractType', 'CONTRACT_ONLY_WHEN_WORKING');
    return this.em.transactional(async (tx) => {
      const survey = await tx.findOne(FuoriProtocolloSurvey, key.surveyId ? { id: key.surveyId } : { token: key.token! }, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!survey) throw key.surveyId ? new DomainError('SURVEY_NOT_FOUND', {}) : badInput('token', 'SURVEY_LINK_INVALID');
      if (survey.answeredAt) throw new DomainError('SURVEY_ALREADY_ANSWERED', {}, key.surveyId ? 'surveyId' : 'token');
      survey.answeredAt = new Date();
      survey.working = input.working;
      survey.contractType = contract;
      survey.offersReceived = input.offersReceived;
      survey.answeredBy = key.surveyId ? (caller.userId ?? 'STAFF') : 'BENEFICIARY';
      await tx.flush();
      return true;
    });
  }

  /** Staff: the shares of a wave, computed in SQL. */
  async report(caller: Caller, wave: string): Promise<SurveyReport> {
    requireStaff(caller);
    if (!WAVE.test(wave)) throw badInput('wave', 'SURVEY_WAVE_LABEL');
    const [row] = await this.em.execute<{ invited: string; answered: string; working: string; with_offers: string; offers: string }[]>(
      `select count(*) as invited, count(*) filter (where "answered_at" is not null) as answered, count(*) filter (where "working") as working,
              count(*) filter (where "offers_received" > 0) as with_offers, coalesce(sum("offers_received"), 0) as offers
         from "people"."fp_survey" where "wave" = ?`,
      [wave],
    );
    const contracts = await this.em.execute<{ contract_type: string; n: string }[]>(
      `select "contract_type", count(*) as n from "people"."fp_survey" where "wave" = ? and "working" group by 1`,
      [wave],
    );
    const n = (v: string | undefined) => Number(v ?? 0);
    const answered = n(row?.answered);
    const working = n(row?.working);
    const byType = new Map(contracts.map((c) => [c.contract_type, n(c.n)]));
    return {
      wave,
      invited: n(row?.invited),
      answered,
      responseRate: share(answered, n(row?.invited)),
      working,
      workingShare: share(working, answered),
      byContract: SURVEY_CONTRACTS.map((key) => ({ key, count: byType.get(key) ?? 0, share: share(byType.get(key) ?? 0, working) })),
      withOffers: n(row?.with_offers),
      withOffersShare: share(n(row?.with_offers), answered),
      offersTotal: n(row?.offers),
      definitions: Object.entries(SURVEY_DEFINITIONS).map(([figure, definition]) => ({ figure, definition })),
    };
  }

  /** Staff: the wave's questionnaires (to record answers received by phone or paper). */
  list(caller: Caller, wave: string): Promise<FuoriProtocolloSurvey[]> {
    requireStaff(caller);
    return this.em.find(FuoriProtocolloSurvey, { wave }, { orderBy: { sentAt: 'asc', id: 'asc' }, limit: 1000 });
  }
}
