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
    if (!title) throw badInput('title', 'CALL_TITLE_REQUIRED');
    const opensOn = requireIsoDate('opensOn', input.opensOn);
    const closesOn = input.closesOn ? requireIsoDate('closesOn', input.closesOn) : null;
    if (input.kind === CallKind.SOCIAL_INNOVATION && !closesOn) throw badInput('closesOn', 'SOCIAL_CALL_NEEDS_CLOSING');
    if (input.kind === CallKind.LABOUR_INTERMEDIARIES && !closesOn) throw badInput('closesOn', 'INTERMEDIARIES_CALL_NEEDS_DEADLINE');
    if (input.kind === CallKind.OVER_55_HIRING && closesOn) throw badInput('closesOn', 'OVER55_CALL_ALWAYS_OPEN');
    if (closesOn && closesOn < opensOn) throw badInput('closesOn', 'CALL_CLOSES_BEFORE_OPENING');
    if (
      input.maxAmountCents !== null &&
      input.maxAmountCents !== undefined &&
      (!Number.isInteger(input.maxAmountCents) || input.maxAmountCents < 0)
    )
      throw badInput('maxAmountCents', 'AMOUNT_WHOLE_CENTS');
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
