import { personalDataRows, type SubgraphContext } from '@ixl/subgraph-kit';

/** GDPR export of `training`: the person's rows plus the attendance of their enrolments (keyed by enrolment). */
export async function trainingPersonalData(ctx: SubgraphContext, beneficiaryId: string): Promise<Record<string, unknown>> {
  const rows = await personalDataRows(ctx.em, 'training', beneficiaryId);
  const attendance = await ctx.em.execute<Record<string, unknown>[]>(
    `select a.* from "training"."attendance" a join "training"."enrolment" e on e."id" = a."enrolment_id" where e."beneficiary_id" = ? order by a."enrolment_id", a."session_id"`,
    [beneficiaryId],
  );
  return {
    ...rows,
    attendance: attendance.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]))),
  };
}
