import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { DomainError, badInput } from '@ixl/subgraph-kit';
import { AgendaItem, CommitteeSession } from '../entities/committee-session.entity.js';
import { Committee, CommitteeMember } from '../entities/committee.entity.js';
import { Decision } from '../entities/decision.entity.js';
import { CommitteeMemberRole, MinutesStatus } from '../entities/enums.js';
import { Vote } from '../entities/vote.entity.js';
import { CommitteeService } from './committee.service.js';
import { DEFAULT_MINUTES_TEMPLATE, renderMinutesTemplate, type ItemValues, type SessionValues } from './minutes-template.rules.js';
import { MinutesTemplateService } from './minutes-template.service.js';

const euro = (cents: number | null) =>
  cents === null
    ? ''
    : new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, useGrouping: 'always' }).format(
        cents / 100,
      );
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Rome' }).format(
    new Date(`${iso}T12:00:00Z`),
  );

/** Votes, outcomes and kinds of funding in the words of an Italian verbale. */
export const VOTE_WORDS: Record<string, string> = { APPROVE: 'favorevole', REJECT: 'contrario', ABSTAIN: 'astenuto' };
export const OUTCOME_WORDS: Record<string, string> = { APPROVED: 'APPROVATO', REJECTED: 'RESPINTO', POSTPONED: 'RINVIATO' };
const FUNDING_WORDS: Record<string, string> = {
  LOAN: 'prestito sociale',
  GRANT: 'contributo a fondo perduto',
  NON_CASH: 'sostegno non monetario',
};
const NON_CASH_WORDS: Record<string, string> = {
  COURSE_FEES: 'corso pagato',
  STAGE_FUNDING: 'stage finanziati',
  SERVICES_IN_KIND: 'servizi in natura',
};

export interface MinutesData {
  committee: Committee;
  session: CommitteeSession;
  members: CommitteeMember[];
  items: AgendaItem[];
  votes: Vote[];
  decisions: Decision[];
}

const officer = (members: CommitteeMember[], role: CommitteeMemberRole) =>
  members
    .filter((m) => m.active && m.role === role)
    .map((m) => m.displayName)
    .join(', ');

/** A decision's support in words: the form, the amount, term, split and non-cash items. */
function support(d: MinutesData['decisions'][number]): string {
  if (!d.fundingKind) return '';
  return `${FUNDING_WORDS[d.fundingKind] ?? d.fundingKind} di ${euro(d.amountCents)}${d.termMonths ? `, durata ${d.termMonths} mesi di cui ${d.graceMonths ?? 0} di preammortamento` : ''}${d.investmentCents !== null ? ` (investimenti ${euro(d.investmentCents)}, servizi ${euro(d.servicesCents)})` : ''}${d.nonCashItems?.length ? ` (${d.nonCashItems.map((i) => `${NON_CASH_WORDS[i.kind] ?? i.kind}: ${i.description}, ${euro(i.valueCents)}`).join('; ')})` : ''}`;
}

/** The values of the template's placeholders: names, votes in words, conflicts, decisions with amounts and conditions. */
export function minutesValues(input: MinutesData): { session: SessionValues; items: ItemValues[] } {
  const { committee, session, members, items, votes, decisions } = input;
  const name = new Map(members.map((m) => [m.id, m.displayName]));
  const present = members.filter((m) => m.active);
  const heldOn = longDate(session.heldOn);
  const sessionValues: SessionValues = {
    comitato: committee.name,
    data_seduta: heldOn,
    luogo: session.location ?? '',
    data_e_luogo: `${heldOn}${session.location ? `, ${session.location}` : ''}`,
    componenti: present.map((m) => (m.represents ? `${m.displayName} (${m.represents})` : m.displayName)).join(', ') || 'nessuno',
    presidente: officer(members, CommitteeMemberRole.CHAIR),
    segretario: officer(members, CommitteeMemberRole.SECRETARY),
    numero_legale: `${committee.quorum} ${committee.quorum === 1 ? 'componente votante' : 'componenti votanti'}`,
  };
  const itemValues = [...items]
    .sort((a, b) => a.position - b.position)
    .map((item): ItemValues => {
      const itemVotes = votes.filter((v) => v.agendaItemId === item.id);
      const d = decisions.find((x) => x.agendaItemId === item.id);
      const voteLines = itemVotes.map(
        (v) =>
          `- ${name.get(v.memberId) ?? 'Componente'}: ${
            v.conflictOfInterest
              ? `ha dichiarato un conflitto di interessi${v.conflictNote ? ` (${v.conflictNote})` : ''} e non ha votato`
              : (VOTE_WORDS[v.choice ?? ''] ?? 'non ha votato')
          }`,
      );
      const conflicts = itemVotes
        .filter((v) => v.conflictOfInterest)
        .map((v) => `${name.get(v.memberId) ?? 'Componente'}${v.conflictNote ? ` (${v.conflictNote})` : ''}`);
      return {
        numero: String(item.position),
        argomento: item.topic,
        votazione: voteLines.length ? ['Votazione:', ...voteLines].join('\n') : '',
        conflitti: conflicts.join(', '),
        esito: d ? (OUTCOME_WORDS[d.outcome] ?? d.outcome) : '',
        decisione: d
          ? `${OUTCOME_WORDS[d.outcome] ?? d.outcome} il ${longDate(d.decidedOn)} (favorevoli ${d.votesFor}, contrari ${d.votesAgainst}, astenuti ${d.abstentions}, esclusi per conflitto di interessi ${d.excludedForConflict})`
          : '',
        // The evaluation committee chooses the form of support; the management committee's decision is the funding.
        finanziamento: d?.fundingKind && d.committeeKind !== 'EVALUATION' ? support(d) : '',
        sostegno_scelto: d?.fundingKind && d.committeeKind === 'EVALUATION' ? support(d) : '',
        condizioni: d?.conditions ?? '',
        nessuna_decisione: !d && item.subjectId ? 'Nessuna decisione registrata.' : '',
      };
    });
  return { session: sessionValues, items: itemValues };
}

/**
 * The verbale (minutes) of a session in Italian, from a template (the built-in one unless the secretary saved one) and
 * the agenda, the votes and the decisions (pure: easy to test): who sat, each member's vote in words (favorevole,
 * contrario, astenuto) or the conflict of interest declared, and each decision with its counts, the funding with
 * amounts and term, and its conditions. Members edit the text afterwards, until it is approved.
 */
export function draftMinutes(input: MinutesData, template: string = DEFAULT_MINUTES_TEMPLATE): string {
  const values = minutesValues(input);
  return renderMinutesTemplate(template, values.session, values.items);
}

/** Minutes: generated draft → edited → approved (then frozen). Staff or members of the committee. */
export class MinutesService {
  constructor(private readonly em: EntityManager) {}

  async generateDraft(caller: Caller, sessionId: string): Promise<CommitteeSession> {
    const session = await new CommitteeService(this.em).session(caller, sessionId);
    if (session.minutesStatus === MinutesStatus.APPROVED) throw new DomainError('MINUTES_APPROVED', {}, 'sessionId');
    const data = await this.data(session);
    const template = await new MinutesTemplateService(this.em).effectiveBody(session.committeeId);
    session.minutes = draftMinutes(data, template);
    session.minutesStatus = MinutesStatus.DRAFT;
    await this.em.flush();
    return session;
  }

  /** The verbale the template would write for this session now (the given body, else the committee's template); saves nothing. */
  async preview(caller: Caller, sessionId: string, body?: string | null): Promise<string> {
    const session = await new CommitteeService(this.em).session(caller, sessionId);
    const template = body ?? (await new MinutesTemplateService(this.em).effectiveBody(session.committeeId));
    return draftMinutes(await this.data(session), template);
  }

  private async data(session: CommitteeSession): Promise<MinutesData> {
    const committee = await this.em.findOneOrFail(Committee, { id: session.committeeId });
    const items = await this.em.find(AgendaItem, { sessionId: session.id });
    const ids = items.map((i) => i.id);
    const [members, votes, decisions] = await Promise.all([
      this.em.find(CommitteeMember, { committeeId: committee.id }, { orderBy: { displayName: 'asc' } }),
      ids.length ? this.em.find(Vote, { agendaItemId: { $in: ids } }) : Promise.resolve([]),
      this.em.find(Decision, { sessionId: session.id }),
    ]);
    return { committee, session, members, items, votes, decisions };
  }

  async update(caller: Caller, sessionId: string, text: string): Promise<CommitteeSession> {
    const session = await new CommitteeService(this.em).session(caller, sessionId);
    if (session.minutesStatus === MinutesStatus.APPROVED) throw new DomainError('MINUTES_APPROVED', {}, 'sessionId');
    if (!text.trim()) throw badInput('text', 'MINUTES_EMPTY');
    session.minutes = text;
    session.minutesStatus = MinutesStatus.DRAFT;
    await this.em.flush();
    return session;
  }

  async approve(caller: Caller, sessionId: string): Promise<CommitteeSession> {
    const session = await new CommitteeService(this.em).session(caller, sessionId);
    if (session.minutesStatus !== MinutesStatus.DRAFT || !session.minutes)
      throw new DomainError('MINUTES_ONLY_DRAFT_APPROVED', {}, 'sessionId');
    session.minutesStatus = MinutesStatus.APPROVED;
    session.minutesApprovedAt = new Date();
    await this.em.flush();
    return session;
  }
}
