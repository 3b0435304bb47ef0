import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import type { Caller } from '@ixl/auth';
import { badInput, DomainError, requireStaff } from '@ixl/subgraph-kit';
import { ServiceRecord } from '../entities/service-record.entity.js';
import { ServiceKind } from '../entities/enums.js';
import { publishPeopleEvent } from '../events/publish.js';
import { actorOf } from './actor.js';
import { requireUuid } from './ids.js';
import { lockBeneficiary } from './lifecycle.service.js';
import { addMonths, isIsoDate, isoDateInRome } from '@ixl/calendar';

/** IPS paths (Individual Placement and Support) last about nine months. */
export const IPS_EXPECTED_MONTHS = 9;
export class ServiceRecordService {
  constructor(private readonly em: EntityManager) {}

  async start(
    caller: Caller,
    input: {
      beneficiaryId: string;
      kind: ServiceKind;
      startedOn?: string | null;
      expectedEndOn?: string | null;
      operatorId?: string | null;
      notes?: string | null;
    },
  ): Promise<ServiceRecord> {
    requireStaff(caller);
    const startedOn = input.startedOn ?? isoDateInRome(new Date());
    if (!isIsoDate(startedOn)) throw badInput('startedOn', 'SERVICE_DATE_FORMAT');
    if (input.expectedEndOn && (!isIsoDate(input.expectedEndOn) || input.expectedEndOn < startedOn))
      throw badInput('expectedEndOn', 'EXPECTED_END_AFTER_START');
    const expectedEndOn = input.expectedEndOn ?? (input.kind === ServiceKind.IPS ? addMonths(startedOn, IPS_EXPECTED_MONTHS) : null);
    if (input.kind === ServiceKind.IPS && !input.operatorId) throw badInput('operatorId', 'IPS_NEEDS_OPERATOR');
    return this.em.transactional(async (tx) => {
      const b = await lockBeneficiary(tx, input.beneficiaryId);
      const open = await tx.findOne(ServiceRecord, { beneficiaryId: b.id, kind: input.kind, endedOn: null });
      if (open) throw new DomainError('SERVICE_ALREADY_OPEN', { serviceKind: input.kind }, 'kind', { existingId: open.id });
      const actor = actorOf(caller);
      const record = tx.create(ServiceRecord, {
        id: randomUUID(),
        beneficiaryId: b.id,
        kind: input.kind,
        startedOn,
        expectedEndOn,
        endedOn: null,
        operatorId: input.operatorId ?? null,
        notes: input.notes?.trim() || null,
        createdBy: actor.actorId,
        createdAt: new Date(),
      });
      tx.persist(record);
      await tx.flush();
      await publishPeopleEvent(
        tx,
        'BeneficiaryServiceStarted',
        { type: 'Beneficiary', id: b.id },
        { serviceId: record.id, beneficiaryId: b.id, kind: record.kind, startedOn, expectedEndOn },
        actor.actorId,
      );
      return record;
    });
  }

  async end(caller: Caller, input: { serviceId: string; endedOn?: string | null; notes?: string | null }): Promise<ServiceRecord> {
    requireStaff(caller);
    return this.em.transactional(async (tx) => {
      const record = await tx.findOne(ServiceRecord, { id: requireUuid('serviceId', input.serviceId) });
      if (!record) throw new DomainError('SERVICE_NOT_FOUND', {});
      if (record.endedOn) throw new DomainError('SERVICE_ALREADY_ENDED', {}, 'serviceId');
      const endedOn = input.endedOn ?? isoDateInRome(new Date());
      if (!isIsoDate(endedOn) || endedOn < record.startedOn) throw badInput('endedOn', 'END_ON_OR_AFTER_START');
      record.endedOn = endedOn;
      if (input.notes?.trim()) record.notes = input.notes.trim();
      await tx.flush();
      await publishPeopleEvent(
        tx,
        'BeneficiaryServiceEnded',
        { type: 'Beneficiary', id: record.beneficiaryId },
        { serviceId: record.id, beneficiaryId: record.beneficiaryId, kind: record.kind, endedOn },
        actorOf(caller).actorId,
      );
      return record;
    });
  }
}
