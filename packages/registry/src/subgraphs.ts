/**
 * The one list of subgraphs. Everything that needs "every subgraph" reads it: the launcher and the test
 * stack (which subgraph packages to start), the gateway (default URLs, health, file proxy, the GDPR
 * export), the configuration (`<NAME>_PORT`, `<NAME>_HOST`, `<NAME>_URL`, `DATABASE_URL_<NAME>`), backups,
 * the people audit log and the staff portal's audit filters. Plain data, safe in a browser bundle.
 *
 * Adding a subgraph: one entry here (gateway order: the order of the export and of `/healthz`) and its
 * folder `subgraphs/<name>/`, whose package exports its `SubgraphDefinition` as `subgraph`.
 */
export const SUBGRAPHS = [
  {
    name: 'people',
    package: '@ixl/people',
    dir: 'subgraphs/people',
    port: 4101,
    schema: 'people',
    sdl: 'subgraphs/people/schema.graphql',
    label: { it: 'Persone', en: 'People' },
    personalData: { exportField: 'peoplePersonalData', erasure: 'pseudonymise', readAudit: 'direct' },
  },
  {
    name: 'companies',
    package: '@ixl/companies',
    dir: 'subgraphs/companies',
    port: 4102,
    schema: 'companies',
    sdl: 'subgraphs/companies/schema.graphql',
    label: { it: 'Aziende', en: 'Companies' },
    personalData: { exportField: 'companiesPersonalData', erasure: 'on-erased-event', readAudit: 'events' },
  },
  {
    name: 'training',
    package: '@ixl/training',
    dir: 'subgraphs/training',
    port: 4103,
    schema: 'training',
    sdl: 'subgraphs/training/schema.graphql',
    label: { it: 'Formazione', en: 'Training' },
    personalData: { exportField: 'trainingPersonalData', erasure: 'on-erased-event', readAudit: 'events' },
  },
  {
    name: 'projects',
    package: '@ixl/projects',
    dir: 'subgraphs/projects',
    port: 4104,
    schema: 'projects',
    sdl: 'subgraphs/projects/schema.graphql',
    label: { it: 'Progetti', en: 'Projects' },
    personalData: { exportField: 'projectsPersonalData', erasure: 'on-erased-event', readAudit: 'events' },
  },
  {
    name: 'finance',
    package: '@ixl/finance',
    dir: 'subgraphs/finance',
    port: 4105,
    schema: 'finance',
    sdl: 'subgraphs/finance/schema.graphql',
    label: { it: 'Finanza', en: 'Finance' },
    personalData: { exportField: 'financePersonalData', erasure: 'on-erased-event', readAudit: 'events' },
  },
] as const satisfies readonly SubgraphEntry[];

/** One subgraph as the platform knows it. */
export interface SubgraphEntry {
  /** Lower-case name: the `<NAME>_*` variables, `/files/<name>/`, the `source` of its events and of its audit rows. */
  readonly name: string;
  /** Its npm workspace package; it exports the subgraph's `SubgraphDefinition` as `subgraph`. */
  readonly package: string;
  /** Its folder, from the repository root (`src/main.ts` runs it on its own). */
  readonly dir: string;
  /** Default port (`<NAME>_PORT`). */
  readonly port: number;
  /** The PostgreSQL schema it owns (its tables, migrations, outbox); backed up and restored as one. */
  readonly schema: string;
  /** Its committed SDL, from the repository root (`npm run schemas` writes it). */
  readonly sdl: string;
  /** Shown to people (e.g. the staff portal's audit filter). */
  readonly label: { readonly it: string; readonly en: string };
  readonly personalData: PersonalDataCapabilities;
}

/** What a subgraph does with a person's data (GDPR export, erasure and audit). */
export interface PersonalDataCapabilities {
  /** `Beneficiary` field with everything it holds about a person, one part of `GET /privacy/export`. */
  readonly exportField: string;
  /**
   * How `eraseBeneficiary` reaches it: `pseudonymise` (the owner of the person: names, codice fiscale,
   * contacts, documents), `on-erased-event` (clears its copies when `people.BeneficiaryErased` arrives),
   * `ids-only` (holds no identifying data beside the person's id: nothing to erase).
   */
  readonly erasure: 'pseudonymise' | 'on-erased-event' | 'ids-only';
  /**
   * How reads of a person by others are audited: `direct` (people writes its own audit rows) or
   * `events` (a `PersonalDataRead` outbox event that people records).
   */
  readonly readAudit: 'direct' | 'events';
}

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((s) => s.name);

export function isSubgraphName(name: string): name is SubgraphName {
  return (SUBGRAPH_NAMES as readonly string[]).includes(name);
}

/** The registry entry of `name` (throws for an unknown name). */
export function subgraphEntry(name: string): SubgraphEntry {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) throw new Error(`Unknown subgraph "${name}": the subgraphs are ${SUBGRAPH_NAMES.join(', ')} (packages/registry)`);
  return entry;
}

/** The prefix of a subgraph's variables: `people` → `PEOPLE` (`PEOPLE_PORT`, `DATABASE_URL_PEOPLE`). */
export const envName = (name: string): string => name.toUpperCase();
