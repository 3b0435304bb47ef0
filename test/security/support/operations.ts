import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { buildCodiceFiscale } from '@ixl/territory';
import type { DemoIds } from './demo-world.js';

export const API_SCHEMA_PATH = new URL('../../../portals/api-schema.graphql', import.meta.url);
export const ROOTS = ['Query', 'Mutation', 'Subscription'] as const;
export type RootKind = (typeof ROOTS)[number];

/** The composed API schema (the one clients see), as committed by `npm run schemas`. */
export function loadApiSchema(): GraphQLSchema {
  return buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
}

export function rootFields(schema: GraphQLSchema): { root: RootKind; name: string; field: GraphQLField<unknown, unknown> }[] {
  const out: { root: RootKind; name: string; field: GraphQLField<unknown, unknown> }[] = [];
  for (const root of ROOTS) {
    const type = root === 'Query' ? schema.getQueryType() : root === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ root, name: field.name, field });
  }
  return out;
}

/** Ids for `id` arguments, by root field. */
const ID_OF_FIELD: Record<string, string> = {
  beneficiary: 'beneficiaryId',
  committeeSession: 'sessionId',
  courseEdition: 'editionId',
  grant: 'grantId',
  loan: 'loanId',
  project: 'projectId',
  selfEmploymentPath: 'pathId',
  vacancy: 'vacancyId',
  changeVacancyStatus: 'vacancyId',
  updateVacancy: 'vacancyId',
  updateCompany: 'companyId',
};

const FIXED_CF = buildCodiceFiscale({
  surname: 'Bianchi',
  name: 'Marta',
  birthDate: '1990-04-12',
  sex: 'F',
  birthPlaceCode: 'A944',
  omocodia: 0,
});

/** A plausible value for a scalar, chosen by its name (valid shape, so only authorisation can refuse it). */
function scalarValue(typeName: string, name: string, fieldName: string, ids: DemoIds): unknown {
  const n = name.toLowerCase();
  switch (typeName) {
    case 'ID':
      if (name === 'id') return ids[ID_OF_FIELD[fieldName] ?? ''] ?? '00000000-0000-4000-8000-000000000000';
      return ids[name] ?? '00000000-0000-4000-8000-000000000000';
    case 'Int':
      if (n.includes('year')) return 2026;
      if (n.includes('cents')) return 10_000;
      if (n.includes('month')) return 12;
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return n.startsWith('dry') ? true : n.includes('consent') || n.includes('accept') ? true : false;
    case 'DateTimeISO':
      return '2026-06-01T09:00:00.000Z';
    case 'JSONObject':
      return {};
    default:
      break;
  }
  if (n === 'email') return 'fuzz.probe@example.org';
  if (n === 'password') return 'a-long-enough-password';
  if (n.includes('codicefiscale')) return FIXED_CF;
  if (n.includes('municipality')) return '037006';
  if (n === 'csv') return 'codiceFiscale,sessione,minuti\n';
  if (n.endsWith('date') || n.endsWith('on') || n === 'date' || n.endsWith('from') || n.endsWith('to') || n === 'month')
    return n === 'month' ? '2026-05' : '2026-06-01';
  if (n.includes('phone')) return '+39 051 000000';
  if (n.includes('version')) return '1';
  return 'Probe value';
}

export function inputValue(type: GraphQLInputType, name: string, fieldName: string, ids: DemoIds, depth = 0): unknown {
  if (isNonNullType(type)) return inputValue(type.ofType, name, fieldName, ids, depth);
  if (isListType(type)) return [inputValue(type.ofType, name, fieldName, ids, depth + 1)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = inputValue(f.type, f.name, fieldName, ids, depth + 1);
      else if (getNamedType(f.type).name === 'ID' && !isListType(f.type) && ids[f.name]) out[f.name] = ids[f.name]; // owner ids, so own-only rules are exercised
    }
    return out;
  }
  return scalarValue(type.name, name, fieldName, ids);
}

/** Required arguments, plus optional ID arguments we have a demo id for (optional ones keep their server defaults). */
export function argumentValues(fieldName: string, args: readonly GraphQLArgument[], ids: DemoIds): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of args) {
    if (isNonNullType(a.type) && a.defaultValue === undefined) out[a.name] = inputValue(a.type, a.name, fieldName, ids);
    else if (getNamedType(a.type).name === 'ID' && !isListType(a.type) && ids[a.name]) out[a.name] = ids[a.name];
  }
  return out;
}

/** A small selection: `id` (and connection `nodes { id }`) when there is one, else `__typename`. */
export function smallSelection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isUnionType(named)) return '{ __typename }';
  if (!isObjectType(named) && !isInterfaceType(named)) return '';
  const fields = named.getFields();
  const parts = ['__typename'];
  if (fields.id) parts.push('id');
  const nodes = fields.nodes ?? fields.items;
  if (nodes) {
    const inner = getNamedType(nodes.type);
    if ((isObjectType(inner) || isInterfaceType(inner)) && inner.getFields().id) parts.push(`${nodes.name} { id }`);
  }
  return `{ ${parts.join(' ')} }`;
}

const gqlType = (t: GraphQLInputType): string => t.toString();

/** An operation calling one root field with variables for every required argument. */
export function operationFor(
  root: RootKind,
  field: GraphQLField<unknown, unknown>,
  ids: DemoIds,
  selection = smallSelection(field.type),
): { query: string; variables: Record<string, unknown> } {
  const variables = argumentValues(field.name, field.args, ids);
  const used = field.args.filter((a) => a.name in variables);
  const defs = used.length ? `(${used.map((a) => `$${a.name}: ${gqlType(a.type)}`).join(', ')})` : '';
  const call = used.length ? `(${used.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  const keyword = root === 'Query' ? 'query' : root === 'Mutation' ? 'mutation' : 'subscription';
  return { query: `${keyword} Probe_${field.name}${defs} { ${field.name}${call} ${selection} }`, variables };
}
