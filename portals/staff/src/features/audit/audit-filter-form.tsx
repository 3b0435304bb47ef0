import { Button, SelectField, TextField, useI18n } from '@ixl/ui';
import type { FormEvent, RefObject } from 'react';
import { AUDIT_ACTIONS, AUDIT_SOURCES, EMPTY_AUDIT_DRAFT, PAGE_SIZES, type AuditDraft } from './audit-filters.js';

/** Field of the form → its error (from the API or from the checks before asking it). */
export type AuditFieldErrors = Partial<Record<keyof AuditDraft, string>>;

/** The audit log's filters: person, actor, action, service, Rome days, rows per page. */
export function AuditFilterForm({
  formRef,
  draft,
  errors,
  onChange,
  onSearch,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  draft: AuditDraft;
  errors: AuditFieldErrors;
  onChange(d: AuditDraft): void;
  onSearch(d: AuditDraft): void;
}) {
  const { t, tEnum } = useI18n();
  const set = (key: keyof AuditDraft) => (e: { target: { value: string } }) => onChange({ ...draft, [key]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(draft);
  };
  return (
    <form ref={formRef} className="ixl-card audit-filters" role="search" aria-label={t('audit.filters')} noValidate onSubmit={submit}>
      <div className="ixl-grid">
        <TextField
          label={t('audit.filter.person')}
          hint={t('audit.filter.personHint')}
          name="persona"
          value={draft.persona}
          onChange={set('persona')}
          error={errors.persona}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          label={t('audit.filter.actor')}
          name="attore"
          value={draft.attore}
          onChange={set('attore')}
          error={errors.attore}
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          label={t('audit.filter.action')}
          name="azione"
          placeholder={t('audit.filter.any')}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: tEnum('audit.action', a) }))}
          value={draft.azione}
          onChange={set('azione')}
          error={errors.azione}
        />
        <SelectField
          label={t('audit.filter.source')}
          name="fonte"
          placeholder={t('audit.filter.anySource')}
          options={AUDIT_SOURCES.map((s) => ({ value: s, label: tEnum('audit.source', s) }))}
          value={draft.fonte}
          onChange={set('fonte')}
          error={errors.fonte}
        />
        <TextField label={t('audit.filter.from')} type="date" name="dal" value={draft.dal} onChange={set('dal')} error={errors.dal} />
        <TextField label={t('audit.filter.to')} type="date" name="al" value={draft.al} onChange={set('al')} error={errors.al} />
        <SelectField
          label={t('audit.filter.pageSize')}
          name="righe"
          options={PAGE_SIZES.map((n) => ({ value: n, label: n }))}
          value={draft.righe}
          onChange={set('righe')}
          error={errors.righe}
        />
      </div>
      <div className="ixl-actions">
        <Button type="submit">{t('audit.filter.submit')}</Button>
        <Button variant="secondary" onClick={() => onSearch(EMPTY_AUDIT_DRAFT)}>
          {t('audit.filter.reset')}
        </Button>
      </div>
    </form>
  );
}
