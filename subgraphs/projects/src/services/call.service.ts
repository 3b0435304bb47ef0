import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '@ixl/auth';
import { badInput, requireStaff, requireIsoDate } from '@ixl/subgraph-kit';
import { Call } from '../entities/call.entity.js';
import { CallKind } from '../entities/enums.js';
import { todayInRome } from '@ixl/calendar';

export interface CallInput {
  kind: CallKind;
  title: string;
  description?: string | null;
  opensOn: string;
  closesOn?: string | null;
  maxAmountCents?: number | null;
}

export const isCallOpen = (call: Pick<Call, 'opensOn' | 'closesOn'>, on: string): boolean =>
  call.opensOn <= on && (call.closesOn === null || on <= call.closesOn);

/** Calls (bandi): staff open them; anyone reads the open ones. */
export class CallService {
  constructor(private readonly em: EntityManager) {}

  /** Public: calls open today (Europe/Rome), deadline first, always-open calls last. */
  async openCalls(on: string = todayInRome()): Promise<Call[]> {
    const rows = await this.em.find(Call, { opensOn: { $lte: on }, $or: [{ closesOn: null }, { closesOn: { $gte: on } }] });
    return rows.sort((a, b) => (a.closesOn ?? '9999').localeCompare(b.closesOn ?? '9999') || a.title.localeCompare(b.title));
  }

  async all(caller: Caller): Promise<Call[]> {
    requireStaff(caller);
    return this.em.find(Call, {}, { orderBy: { opensOn: 'desc' } });
  }

  async create(caller: Caller, input: CallInput): Promise<Call> {
    requireStaff(caller);
    const title = input.title.trim();
    if (!title) throw badInput('title', 'A call needs a title');
    const opensOn = requireIsoDate('opensOn', input.opensOn);
    const closesOn = input.closesOn ? requireIsoDate('closesOn', input.closesOn) : null;
    if (input.kind === CallKind.SOCIAL_INNOVATION && !closesOn)
      throw badInput('closesOn', 'A periodic social-innovation call has a closing date');
    if (input.kind === CallKind.LABOUR_INTERMEDIARIES && !closesOn) throw badInput('closesOn', 'The intermediaries call has a deadline');
    if (input.kind === CallKind.OVER_55_HIRING && closesOn) throw badInput('closesOn', 'The over-55 hiring call is always open');
    if (closesOn && closesOn < opensOn) throw badInput('closesOn', 'A call cannot close before it opens');
    if (
      input.maxAmountCents !== null &&
      input.maxAmountCents !== undefined &&
      (!Number.isInteger(input.maxAmountCents) || input.maxAmountCents < 0)
    )
      throw badInput('maxAmountCents', 'Amounts are whole euro cents ≥ 0');
    const call = this.em.create(Call, {
      id: randomUUID(),
      kind: input.kind,
      title,
      description: input.description?.trim() ?? '',
      opensOn,
      closesOn,
      maxAmountCents: input.maxAmountCents ?? null,
    });
    await this.em.persist(call).flush();
    return call;
  }
}
