import type { TestStack } from '@ixl/testkit';

const STATS = `query Stats($filters: Boolean!) {
  courseEditions { id kpis { population placements employed permanent placementRate employmentRate permanentRate } }
  projectFunnel(fromYear: 2015, toYear: 2030) { year sector applied accompanied evaluated evaluatedPositively funded rejected standBy withdrawn }
  selfEmploymentFunnel(fromYear: 2015, toYear: 2030) { year applied accompanied evaluated approved started rejected standBy withdrawn fundedCents }
  guaranteeFund { plafondCents exposureCents freeCapacityCents calledCents }
  grants { id status totalCents }
  financeLedger(first: 1000) { account amountCents bookedOn }
  all: beneficiaries(first: 1) { totalCount }
  women: beneficiaries(first: 1, filter: { sex: F }) @include(if: $filters) { totalCount }
  under35: beneficiaries(first: 1, filter: { under35: true }) @include(if: $filters) { totalCount }
  italians: beneficiaries(first: 1, filter: { citizenship: ["IT"] }) @include(if: $filters) { totalCount }
  bologna: beneficiaries(first: 1, filter: { municipalityCodes: ["037006"] }) @include(if: $filters) { totalCount }
  placed: beneficiaries(first: 1, filter: { status: [PLACED] }) @include(if: $filters) { totalCount }
  active: beneficiaries(first: 1, filter: { status: [ACTIVE, IN_TARGET] }) @include(if: $filters) { totalCount }
  ready: beneficiaries(first: 1, filter: { readiness: [PRONTO] }) @include(if: $filters) { totalCount }
}`;

/** The programme's aggregate figures (training KPIs, ranking, funnels, finance, people counts) as one comparable object. */
export async function statistics(t: TestStack, token: string): Promise<Record<string, unknown>> {
  const r = await t.graphql(STATS, { token, variables: { filters: true } });
  if (r.errors?.length) throw new Error(`statistics failed: ${JSON.stringify(r.errors)}`);
  const ranking: Record<number, unknown> = {};
  for (let year = 2017; year <= 2026; year++) {
    const y = await t.graphql<{ companyPlacementRanking: unknown[] }>(
      'query($y: Int!) { companyPlacementRanking(year: $y) { rank placements company { id name } } }',
      { token, variables: { y: year } },
    );
    if (y.errors?.length) throw new Error(`ranking failed: ${JSON.stringify(y.errors)}`);
    ranking[year] = y.data?.companyPlacementRanking;
  }
  return { ...r.data, ranking };
}
