import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainEvent } from '@ixl/events';
import { type BeneficiaryErasedPayload, type PlacementRecordedPayload } from '@ixl/contracts';
import { KpiService } from '../services/kpi.service.js';
import { RiskShareService } from '../services/risk-share.service.js';
import { publishEditionKpis } from './kpi-events.js';

interface FactRow {
  beneficiary_id: string;
  source_edition_id: string | null;
  type: string;
  contract: string | null;
  start_date: string;
  end_date: string | null;
  company_id: string | null;
}

const same = (a: FactRow, p: PlacementRecordedPayload) =>
  a.beneficiary_id === p.beneficiaryId &&
  a.source_edition_id === p.sourceEditionId &&
  a.type === p.type &&
  a.contract === p.contract &&
  a.start_date === p.startDate &&
  a.end_date === p.endDate &&
  a.company_id === p.companyId;

/**
 * PlacementRecorded → `placement_fact` (upsert by placementId: a redelivery changes nothing), then
 * EditionKpisChanged for every edition whose KPIs the placement moves, and an audited adjustment of any
 * of them already settled (a placement recorded after the settlement that starts inside its window).
 */
export async function onPlacementRecorded(event: DomainEvent, em: EntityManager): Promise<void> {
  const raw = event.payload as unknown as PlacementRecordedPayload;
  const p: PlacementRecordedPayload = {
    ...raw,
    companyId: raw.companyId ?? null,
    sourceEditionId: raw.sourceEditionId ?? null,
    contract: raw.contract ?? null,
    endDate: raw.endDate ?? null,
  };
  const [old] = await em.execute<FactRow[]>(
    `select beneficiary_id, source_edition_id, type, contract, start_date::text as start_date, end_date::text as end_date, company_id from training.placement_fact where placement_id = ?`,
    [p.placementId],
  );
  if (old && same(old, p)) return;
  await em.execute(
    `insert into training.placement_fact (placement_id, beneficiary_id, company_id, source_edition_id, type, contract, start_date, end_date, received_at)
values (?, ?, ?, ?, ?, ?, ?, ?, now())
on conflict (placement_id) do update set beneficiary_id = excluded.beneficiary_id, company_id = excluded.company_id, source_edition_id = excluded.source_edition_id,
  type = excluded.type, contract = excluded.contract, start_date = excluded.start_date, end_date = excluded.end_date, received_at = excluded.received_at`,
    [p.placementId, p.beneficiaryId, p.companyId, p.sourceEditionId, p.type, p.contract, p.startDate, p.endDate],
  );
  const kpi = new KpiService(em);
  const affected = new Set(await kpi.editionsAffectedBy(p.beneficiaryId, p.startDate, p.sourceEditionId));
  if (old) for (const id of await kpi.editionsAffectedBy(old.beneficiary_id, old.start_date, old.source_edition_id)) affected.add(id);
  await publishEditionKpis(em, [...affected], event.actorId);
  await new RiskShareService(em).adjustSettlements(
    [...affected],
    {
      placementId: p.placementId,
      kind: old ? 'PLACEMENT_CORRECTED' : 'PLACEMENT_RECORDED_LATE',
      placementStartDate: p.startDate,
      reason: old
        ? `Placement ${p.placementId} corrected after the settlement (start ${p.startDate})`
        : `Placement ${p.placementId} recorded after the settlement, starting ${p.startDate} inside the window`,
    },
    event.actorId,
  );
}

/** GDPR erasure in people: drop the participant's name and codice fiscale copies (statistics stay). */
export async function onBeneficiaryErased(event: DomainEvent, em: EntityManager): Promise<void> {
  const p = event.payload as unknown as BeneficiaryErasedPayload;
  await em.execute(`update training.enrolment set participant_name = null, codice_fiscale = null where beneficiary_id = ?`, [
    p.beneficiaryId,
  ]);
}
