import type { EntityManager } from '@mikro-orm/postgresql';
import type {
  BeneficiaryMatchingProfile,
  CompanyChangedPayload,
  PlacementRecordedPayload,
  ProjectStatusChangedPayload,
} from '@ixl/contracts';
import { isIsoDate } from '@ixl/calendar';

/*
 * Read models finance keeps from other subgraphs' events (ARCHITECTURE.md "Data ownership": no subgraph reads another's
 * tables; consumers keep their own read models, idempotently). They back the over-55 incentive and intermediary grant
 * checks and the project checks of non-cash support. Every upsert is idempotent (replays change nothing).
 */

const day = (v: unknown): string | null => (typeof v === 'string' && isIsoDate(v.slice(0, 10)) ? v.slice(0, 10) : null);

/** A placement `companies` recorded: who, at which employer, what kind, from when. */
export async function upsertPlacementFact(em: EntityManager, p: PlacementRecordedPayload): Promise<void> {
  const start = day(p.startDate);
  if (!start) return;
  await em.execute(
    `insert into "finance"."placement_fact" ("placement_id", "beneficiary_id", "company_id", "type", "start_date") values (?, ?, ?, ?, ?)
on conflict ("placement_id") do update set "beneficiary_id" = excluded."beneficiary_id", "company_id" = excluded."company_id", "type" = excluded."type", "start_date" = excluded."start_date"`,
    [p.placementId, p.beneficiaryId, p.companyId, p.type, start],
  );
}

/** A company's current snapshot: its name and whether it is registered as a Third Sector body. */
export async function upsertEmployerFact(em: EntityManager, p: CompanyChangedPayload): Promise<void> {
  await em.execute(
    `insert into "finance"."employer_fact" ("company_id", "name", "third_sector") values (?, ?, ?)
on conflict ("company_id") do update set "name" = excluded."name", "third_sector" = excluded."third_sector"`,
    [p.companyId, p.name, p.thirdSector === true],
  );
}

/** The birth date of a person (from the profile snapshot `people` publishes); only the over-55 check reads it. */
export async function upsertPersonFact(em: EntityManager, p: BeneficiaryMatchingProfile): Promise<void> {
  const birth = day(p.birthDate);
  if (!birth) return;
  await em.execute(
    `insert into "finance"."person_fact" ("beneficiary_id", "birth_date") values (?, ?)
on conflict ("beneficiary_id") do update set "birth_date" = excluded."birth_date"`,
    [p.beneficiaryId, birth],
  );
}

/** GDPR erasure: finance forgets the birth date. */
export async function erasePersonFact(em: EntityManager, beneficiaryId: string): Promise<void> {
  await em.execute(`update "finance"."person_fact" set "birth_date" = null where "beneficiary_id" = ?`, [beneficiaryId]);
}

/**
 * A project's (or self-employment path's) current step, for projects the call and the applicant's kind, and for a
 * project the history import brought in the old system's id (the finance files name projects by it).
 */
export async function upsertProjectFact(em: EntityManager, p: ProjectStatusChangedPayload): Promise<void> {
  await em.execute(
    `insert into "finance"."project_fact" ("project_id", "project_kind", "status", "organisation_kind", "call_kind", "external_id") values (?, ?, ?, ?, ?, ?)
on conflict ("project_id") do update set "project_kind" = excluded."project_kind", "status" = excluded."status",
  "organisation_kind" = coalesce(excluded."organisation_kind", "project_fact"."organisation_kind"),
  "call_kind" = coalesce(excluded."call_kind", "project_fact"."call_kind"),
  "external_id" = coalesce(excluded."external_id", "project_fact"."external_id")`,
    [p.projectId, p.projectKind, p.to, p.organisationKind ?? null, p.callKind ?? null, p.externalId ?? null],
  );
}

export interface PlacementFact {
  placementId: string;
  beneficiaryId: string;
  companyId: string | null;
  type: string;
  startDate: string;
  thirdSector: boolean | null;
  birthDate: string | null;
}

/** One placement with its employer's Third Sector flag and the person's birth date (null when unknown). */
export async function placementFact(em: EntityManager, placementId: string): Promise<PlacementFact | null> {
  const rows = await em.execute<
    {
      placement_id: string;
      beneficiary_id: string;
      company_id: string | null;
      type: string;
      start_date: string;
      third_sector: boolean | null;
      birth_date: string | null;
    }[]
  >(
    `select f."placement_id", f."beneficiary_id", f."company_id", f."type", to_char(f."start_date", 'YYYY-MM-DD') as "start_date",
  e."third_sector", to_char(p."birth_date", 'YYYY-MM-DD') as "birth_date"
from "finance"."placement_fact" f
left join "finance"."employer_fact" e on e."company_id" = f."company_id"
left join "finance"."person_fact" p on p."beneficiary_id" = f."beneficiary_id"
where f."placement_id" = ?`,
    [placementId],
  );
  const r = rows[0];
  return r
    ? {
        placementId: r.placement_id,
        beneficiaryId: r.beneficiary_id,
        companyId: r.company_id,
        type: r.type,
        startDate: r.start_date,
        thirdSector: r.third_sector,
        birthDate: r.birth_date,
      }
    : null;
}

export interface ProjectFact {
  projectId: string;
  projectKind: string;
  status: string;
  organisationKind: string | null;
  callKind: string | null;
}

export async function projectFact(em: EntityManager, projectId: string): Promise<ProjectFact | null> {
  const rows = await em.execute<
    { project_id: string; project_kind: string; status: string; organisation_kind: string | null; call_kind: string | null }[]
  >(
    `select "project_id", "project_kind", "status", "organisation_kind", "call_kind" from "finance"."project_fact" where "project_id" = ?`,
    [projectId],
  );
  const r = rows[0];
  return r
    ? {
        projectId: r.project_id,
        projectKind: r.project_kind,
        status: r.status,
        organisationKind: r.organisation_kind,
        callKind: r.call_kind,
      }
    : null;
}
