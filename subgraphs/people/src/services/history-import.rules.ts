// Pure rules of the PERSONE history import (issue 27): one row of the file into a person's values and the
// status history the dates give, or every problem of the row (column and reason). No I/O.

import { ageOn, todayInRome } from '@ixl/calendar';
import { DomainError, importDate, ImportRowProblems, type ImportRowProblem } from '@ixl/subgraph-kit';
import { validateCodiceFiscale } from '@ixl/territory';
import { BeneficiaryStatus } from '../entities/beneficiary.entity.js';
import { FragilityProfile, FuoriProtocolloReason, InterviewMode, Readiness, ReferringBody } from '../entities/enums.js';
import { checkMunicipality } from './profile.rules.js';

/** A person of the file, normalised (what the row hash is computed from). */
export interface PersonRow {
  codiceFiscale: string;
  externalId: string | null;
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: 'F' | 'M';
  citizenship: string;
  municipalityCode: string;
  municipalityName: string;
  outOfArea: boolean;
  email: string | null;
  phone: string | null;
  referringBody: ReferringBody | null;
  registeredOn: string;
  interviewedOn: string | null;
  interviewMode: InterviewMode | null;
  interviewOperator: string | null;
  profile: FragilityProfile | null;
  readiness: Readiness | null;
  activatedOn: string | null;
  fuoriProtocolloOn: string | null;
  fuoriProtocolloReason: FuoriProtocolloReason | null;
}

/** The codes of the programme's spreadsheets (lower case, spaces for underscores), by column. */
const CODES = {
  sesso: { f: 'F', m: 'M' },
  soggetto_inviante: {
    'servizi sociali': ReferringBody.SOCIAL_SERVICES,
    caritas: ReferringBody.CARITAS,
    'centro per l’impiego': ReferringBody.JOB_CENTRE,
    "centro per l'impiego": ReferringBody.JOB_CENTRE,
    passaparola: ReferringBody.WORD_OF_MOUTH,
    autocandidatura: ReferringBody.SELF,
    parrocchia: ReferringBody.PARISH,
    'terzo settore': ReferringBody.THIRD_SECTOR,
    altro: ReferringBody.OTHER,
  },
  modalita_colloquio: { 'in presenza': InterviewMode.IN_PERSON, videochiamata: InterviewMode.VIDEO, telefono: InterviewMode.PHONE },
  profilo: { forte: FragilityProfile.FORTE, 'in target': FragilityProfile.IN_TARGET },
  prontezza: {
    pronto: Readiness.PRONTO,
    'non pronto': Readiness.NON_PRONTO,
    fragile: Readiness.FRAGILE,
    'in valutazione': Readiness.IN_VALUTAZIONE,
  },
  motivo_fuori_protocollo: {
    lavora: FuoriProtocolloReason.WORKING,
    irreperibile: FuoriProtocolloReason.UNREACHABLE,
    'non collabora': FuoriProtocolloReason.NOT_COLLABORATING,
  },
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ]{6,20}$/;

/** Reads one row of a PERSONE file into its values, or throws ImportRowProblems with every problem found. */
export function parsePersonRow(get: (column: string) => string, today = todayInRome()): PersonRow {
  const errors: ImportRowProblem[] = [];
  const problem = (column: string, reasonCode: string, params: Record<string, string | number> = {}) =>
    errors.push({ column, reasonCode, params });
  const req = (column: string): string => {
    const v = get(column);
    if (v === '') problem(column, 'IMPORT_REQUIRED', { column });
    return v;
  };
  const text = (column: string, required: boolean, max = 100): string | null => {
    const v = (required ? req(column) : get(column)).replace(/\s+/g, ' ');
    if (v === '') return null;
    if (v.length > max) problem(column, 'TEXT_LENGTH', { max });
    return v;
  };
  const date = (column: string, required: boolean): string | null => {
    const v = required ? req(column) : get(column);
    if (v === '') return null;
    const d = importDate(v);
    if (!d) problem(column, 'IMPORT_DATE_FORMAT', { value: v });
    else if (d > today) problem(column, 'IMPORT_PERSON_DATE_FUTURE', { column });
    return d;
  };
  type CodeOf<C extends keyof typeof CODES> = (typeof CODES)[C][keyof (typeof CODES)[C]];
  const code = <C extends keyof typeof CODES>(column: C, required: boolean): CodeOf<C> | null => {
    const raw = required ? req(column) : get(column);
    const v = raw
      .toLowerCase()
      .replace(/[_\s]+/g, ' ')
      .trim();
    if (v === '') return null;
    const table = CODES[column] as unknown as Record<string, string>;
    const hit = table[v];
    if (hit === undefined)
      problem(column, 'IMPORT_CODE_UNKNOWN', {
        value: raw,
        allowed: [...new Set(Object.keys(table).map((k) => k.replace("'", '’')))].join(', '),
      });
    return (hit ?? null) as CodeOf<C> | null;
  };

  const lastName = text('cognome', true);
  const firstName = text('nome', true);
  const birthDate = date('data_nascita', true);
  const sex = code('sesso', true);
  const cfRaw = req('codice_fiscale');
  let codiceFiscale = cfRaw.toUpperCase();
  if (cfRaw) {
    const cf = validateCodiceFiscale(cfRaw, birthDate && sex ? { birthDate, sex } : undefined, { today: new Date(`${today}T12:00:00Z`) });
    if (cf.ok) codiceFiscale = cf.normalized;
    else problem('codice_fiscale', `CODICE_FISCALE_${cf.reason}`, { detail: cf.message });
  }
  const citizenship = req('cittadinanza').toUpperCase();
  if (citizenship && !/^[A-Z]{2}$/.test(citizenship)) problem('cittadinanza', 'COUNTRY_CODE_FORMAT');
  let municipalityCode = '';
  let municipalityName = text('comune_residenza_nome', false, 100) ?? '';
  let outOfArea = false;
  const residence = req('comune_residenza_istat');
  if (residence) {
    try {
      const m = checkMunicipality('comune_residenza_istat', residence);
      municipalityCode = m.code;
      outOfArea = !m.inArea;
      if (m.inArea) municipalityName = m.name;
      else if (!municipalityName) problem('comune_residenza_nome', 'MUNICIPALITY_NAME_REQUIRED');
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      problem('comune_residenza_istat', e.reason, { ...e.params });
    }
  }
  const email = get('email').toLowerCase() || null;
  if (email && (!EMAIL.test(email) || email.length > 254)) problem('email', 'EMAIL_FORMAT');
  const phone = get('telefono') || null;
  if (phone && !PHONE.test(phone)) problem('telefono', 'PHONE_FORMAT');
  const referringBody = code('soggetto_inviante', false);
  const registeredOn = date('data_iscrizione', true);
  const interviewedOn = date('data_colloquio', false);
  const interviewMode = code('modalita_colloquio', false);
  const interviewOperator = text('operatore_colloquio', false);
  const profile = code('profilo', false);
  const readiness = code('prontezza', false);
  const activatedOn = date('data_attivazione', false);
  const fuoriProtocolloOn = date('data_fuori_protocollo', false);
  const fuoriProtocolloReason = code('motivo_fuori_protocollo', false);

  // What goes together: the interview's mode and operator with its date, the profile after an interview,
  // readiness and activation only in target, fuori protocollo with its reason.
  const needs = (column: string, present: unknown, other: string, ok: boolean) => {
    if (present && !ok) problem(column, 'IMPORT_PERSON_NEEDS', { column, needs: other });
  };
  if (interviewedOn && !interviewMode && !get('modalita_colloquio'))
    problem('modalita_colloquio', 'IMPORT_REQUIRED', { column: 'modalita_colloquio' });
  needs('modalita_colloquio', interviewMode, 'data_colloquio', !!get('data_colloquio'));
  needs('operatore_colloquio', interviewOperator, 'data_colloquio', !!get('data_colloquio'));
  needs('profilo', profile, 'data_colloquio', !!get('data_colloquio'));
  needs('prontezza', readiness, 'profilo in target', !get('profilo') || profile === FragilityProfile.IN_TARGET);
  needs('data_attivazione', activatedOn, 'profilo in target', !get('profilo') ? false : profile === FragilityProfile.IN_TARGET);
  needs('motivo_fuori_protocollo', fuoriProtocolloReason, 'data_fuori_protocollo', !!get('data_fuori_protocollo'));
  if (fuoriProtocolloOn && !get('motivo_fuori_protocollo'))
    problem('motivo_fuori_protocollo', 'IMPORT_REQUIRED', { column: 'motivo_fuori_protocollo' });

  // The dates in the order the programme's path runs.
  if (birthDate && registeredOn) {
    const age = ageOn(birthDate, registeredOn);
    if (age < 18 || age > 100) problem('data_nascita', 'IMPORT_PERSON_AGE', { age });
  }
  const order: [string, string | null][] = [
    ['data_iscrizione', registeredOn],
    ['data_colloquio', interviewedOn],
    ['data_attivazione', activatedOn],
  ];
  for (let i = 1; i < order.length; i++) {
    const [column, at] = order[i]!;
    const before = order
      .slice(0, i)
      .reverse()
      .find(([, d]) => d);
    if (at && before?.[1] && at < before[1]) problem(column, 'IMPORT_PERSON_DATE_ORDER', { column, other: before[0] });
  }
  if (fuoriProtocolloOn && registeredOn && fuoriProtocolloOn < registeredOn)
    problem('data_fuori_protocollo', 'IMPORT_PERSON_DATE_ORDER', { column: 'data_fuori_protocollo', other: 'data_iscrizione' });

  if (errors.length) throw new ImportRowProblems(errors);
  return {
    codiceFiscale,
    externalId: get('id_esterno') || null,
    lastName: lastName!,
    firstName: firstName!,
    birthDate: birthDate!,
    sex: sex as 'F' | 'M',
    citizenship,
    municipalityCode,
    municipalityName,
    outOfArea,
    email,
    phone,
    referringBody,
    registeredOn: registeredOn!,
    interviewedOn,
    interviewMode,
    interviewOperator,
    profile,
    readiness: profile === FragilityProfile.IN_TARGET ? (readiness ?? Readiness.IN_VALUTAZIONE) : null,
    activatedOn,
    fuoriProtocolloOn,
    fuoriProtocolloReason,
  };
}

/** One step of the imported path: the status reached on a day (the FUORI_PROTOCOLLO step with its reason). */
export interface PathStep {
  to: BeneficiaryStatus;
  on: string;
  fuoriProtocolloReason: FuoriProtocolloReason | null;
}

/** The status history the row's dates give, in order: registered, interviewed, in/not in target, active, fuori protocollo. */
export function pathOf(p: PersonRow): PathStep[] {
  const steps: PathStep[] = [{ to: BeneficiaryStatus.REGISTERED, on: p.registeredOn, fuoriProtocolloReason: null }];
  const step = (to: BeneficiaryStatus, on: string | null) => on && steps.push({ to, on, fuoriProtocolloReason: null });
  step(BeneficiaryStatus.INTERVIEWED, p.interviewedOn);
  if (p.profile)
    step(p.profile === FragilityProfile.IN_TARGET ? BeneficiaryStatus.IN_TARGET : BeneficiaryStatus.NOT_IN_TARGET, p.interviewedOn);
  step(BeneficiaryStatus.ACTIVE, p.activatedOn);
  if (p.fuoriProtocolloOn)
    steps.push({ to: BeneficiaryStatus.FUORI_PROTOCOLLO, on: p.fuoriProtocolloOn, fuoriProtocolloReason: p.fuoriProtocolloReason });
  // A fuori protocollo before a later step (the person was readmitted): the steps in date order.
  return steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
