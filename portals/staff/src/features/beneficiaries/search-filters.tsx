import { MUNICIPALITIES } from '@ixl/territory';
import { Button, SelectField, TextField, useI18n } from '@ixl/ui';
import { useState, type FormEvent } from 'react';
import type { BeneficiaryFilter, BeneficiaryStatus, Readiness } from '../../gql/graphql.js';

export const STATUSES = [
  'REGISTERED',
  'INTERVIEW_SCHEDULED',
  'INTERVIEWED',
  'NOT_IN_TARGET',
  'IN_TARGET',
  'ACTIVE',
  'PLACED',
  'FUORI_PROTOCOLLO',
] as const;
export const READINESS = ['PRONTO', 'NON_PRONTO', 'FRAGILE', 'IN_VALUTAZIONE'] as const;

/** The search as typed (and as kept in the address: q, comune, stato, prontezza, eta). */
export interface SearchDraft {
  q: string;
  comune: string;
  stato: string;
  prontezza: string;
  eta: string;
}

export const EMPTY_SEARCH: SearchDraft = { q: '', comune: '', stato: '', prontezza: '', eta: '' };

export function draftFromParams(params: URLSearchParams): SearchDraft {
  return {
    q: params.get('q') ?? '',
    comune: params.get('comune') ?? '',
    stato: params.get('stato') ?? '',
    prontezza: params.get('prontezza') ?? '',
    eta: params.get('eta') ?? '',
  };
}

/** The API filter of a search (null when nothing is set). */
export function toFilter(d: SearchDraft): BeneficiaryFilter | null {
  const f: BeneficiaryFilter = {};
  if (d.q.trim()) f.search = d.q.trim();
  if (d.comune) f.municipalityCodes = [d.comune];
  if ((STATUSES as readonly string[]).includes(d.stato)) f.status = [d.stato as BeneficiaryStatus];
  if ((READINESS as readonly string[]).includes(d.prontezza)) f.readiness = [d.prontezza as Readiness];
  if (d.eta === 'under35') f.under35 = true;
  if (d.eta === 'over35') f.under35 = false;
  return Object.keys(f).length ? f : null;
}

const municipalities = [...MUNICIPALITIES]
  .sort((a, b) => a.name.localeCompare(b.name, 'it'))
  .map((m) => ({ value: m.istatCode, label: m.name }));

/** Search form: name or codice fiscale, municipality, status, readiness, age band. */
export function SearchFilters({
  initial,
  onSearch,
  error,
}: {
  initial: SearchDraft;
  onSearch(d: SearchDraft): void;
  error?: string | undefined;
}) {
  const { t, tEnum } = useI18n();
  const [draft, setDraft] = useState(initial);
  const set = (key: keyof SearchDraft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(draft);
  };
  return (
    <form className="ixl-card ixl-form" role="search" aria-label={t('beneficiaries.search.label')} noValidate onSubmit={submit}>
      <TextField
        label={t('beneficiaries.search.q')}
        hint={t('beneficiaries.search.qHint')}
        name="q"
        value={draft.q}
        onChange={set('q')}
        error={error}
        autoComplete="off"
      />
      <SelectField
        label={t('beneficiary.municipality')}
        name="comune"
        placeholder={t('beneficiaries.search.any')}
        options={municipalities}
        value={draft.comune}
        onChange={set('comune')}
      />
      <SelectField
        label={t('beneficiary.status')}
        name="stato"
        placeholder={t('beneficiaries.search.any')}
        options={STATUSES.map((s) => ({ value: s, label: tEnum('status', s) }))}
        value={draft.stato}
        onChange={set('stato')}
      />
      <SelectField
        label={t('beneficiaries.readiness')}
        name="prontezza"
        placeholder={t('beneficiaries.search.any')}
        options={READINESS.map((r) => ({ value: r, label: tEnum('beneficiaries.readinessValue', r) }))}
        value={draft.prontezza}
        onChange={set('prontezza')}
      />
      <SelectField
        label={t('beneficiaries.search.age')}
        name="eta"
        placeholder={t('beneficiaries.search.any')}
        options={[
          { value: 'under35', label: t('beneficiaries.search.under35') },
          { value: 'over35', label: t('beneficiaries.search.over35') },
        ]}
        value={draft.eta}
        onChange={set('eta')}
      />
      <div className="ixl-actions">
        <Button type="submit">{t('beneficiaries.search.submit')}</Button>
        <Button
          variant="secondary"
          onClick={() => {
            setDraft(EMPTY_SEARCH);
            onSearch(EMPTY_SEARCH);
          }}
        >
          {t('beneficiaries.search.reset')}
        </Button>
      </div>
    </form>
  );
}
