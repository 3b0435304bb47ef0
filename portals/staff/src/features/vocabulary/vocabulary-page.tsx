import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState, apiErrors } from '@ixl/portal-client';
import { Alert, Button, DataTable, Notice, PageTitle, SelectField, TextField, useI18n } from '@ixl/ui';
import { useState, type FormEvent } from 'react';
import { graphql } from '../../gql/index.js';

const UNMAPPED = graphql(`
  query StaffVocabularyUnmapped {
    vocabularyUnmappedTerms(limit: 50) {
      text
      uses
    }
  }
`);

const SEARCH = graphql(`
  query StaffVocabularySearch($text: String!) {
    vocabularySearch(text: $text, limit: 15) {
      id
      kind
      label
    }
  }
`);

const MERGE = graphql(`
  mutation StaffMergeVocabularyTerm($term: String!, $conceptId: ID!) {
    mergeVocabularyTerm(term: $term, conceptId: $conceptId) {
      id
      label
    }
  }
`);

/**
 * The vocabulary of occupations and skills: words people and companies use that map to no entry yet, and the
 * form that merges a word into an entry (from then on it matches as that entry, for everyone at once).
 */
export function VocabularyPage() {
  const { t, tEnum } = useI18n();
  const unmapped = useQuery(UNMAPPED);
  const [term, setTerm] = useState('');
  const [search, setSearch] = useState('');
  const [conceptId, setConceptId] = useState('');
  const [errors, setErrors] = useState<{ term?: string; conceptId?: string; general?: string }>({});
  const [done, setDone] = useState<string | null>(null);
  const found = useQuery(SEARCH, { variables: { text: search.trim() }, skip: search.trim().length < 2 });
  const [merge, { loading }] = useMutation(MERGE, { refetchQueries: [UNMAPPED] });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const local = {
      ...(term.trim() ? {} : { term: t('error.required') }),
      ...(conceptId ? {} : { conceptId: t('vocabulary.error.concept') }),
    };
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      const r = await merge({ variables: { term: term.trim(), conceptId } });
      setDone(t('vocabulary.merged', { term: term.trim(), label: r.data?.mergeVocabularyTerm.label ?? '' }));
      setTerm('');
      setSearch('');
      setConceptId('');
    } catch (error) {
      const first = apiErrors(error)[0];
      if (first?.code === 'CONFLICT') setErrors({ term: t('vocabulary.error.taken') });
      else if (first?.field === 'term') setErrors({ term: t('vocabulary.error.term') });
      else if (first?.field === 'conceptId') setErrors({ conceptId: t('vocabulary.error.concept') });
      else setErrors({ general: first?.code === 'NETWORK' ? t('error.network') : t('error.generic') });
    }
  };

  return (
    <>
      <PageTitle>{t('vocabulary.title')}</PageTitle>
      <p className="ixl-lead">{t('vocabulary.lead')}</p>
      <section className="ixl-card" aria-labelledby="vocabulary-merge">
        <h2 id="vocabulary-merge">{t('vocabulary.mergeTitle')}</h2>
        {errors.general ? <Alert>{errors.general}</Alert> : null}
        {done ? <Notice>{done}</Notice> : null}
        <form className="ixl-form" noValidate onSubmit={(e) => void submit(e)}>
          <TextField label={t('vocabulary.term')} value={term} onChange={(e) => setTerm(e.currentTarget.value)} error={errors.term} />
          <TextField
            label={t('vocabulary.search')}
            hint={t('vocabulary.searchHint')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            autoComplete="off"
          />
          <SelectField
            label={t('vocabulary.concept')}
            placeholder={t('vocabulary.choose')}
            options={(found.data?.vocabularySearch ?? []).map((c) => ({
              value: c.id,
              label: `${c.label} (${tEnum('vocabulary.kind', c.kind)})`,
            }))}
            value={conceptId}
            onChange={(e) => setConceptId(e.currentTarget.value)}
            error={errors.conceptId}
          />
          <Button type="submit" disabled={loading}>
            {t('vocabulary.merge')}
          </Button>
        </form>
      </section>
      <section className="ixl-card" aria-labelledby="vocabulary-unmapped">
        <h2 id="vocabulary-unmapped">{t('vocabulary.unmappedTitle')}</h2>
        <QueryState loading={unmapped.loading} error={unmapped.error} data={unmapped.data}>
          {(d) =>
            d.vocabularyUnmappedTerms.length ? (
              <DataTable
                caption={t('vocabulary.unmappedTitle')}
                captionHidden
                rows={d.vocabularyUnmappedTerms}
                rowKey={(r) => r.text}
                columns={[
                  { key: 'text', header: t('vocabulary.term'), cell: (r) => r.text },
                  { key: 'uses', header: t('vocabulary.uses'), cell: (r) => r.uses },
                  {
                    key: 'pick',
                    header: t('vocabulary.action'),
                    cell: (r) => (
                      <Button variant="secondary" onClick={() => setTerm(r.text)} aria-label={t('vocabulary.pickFor', { term: r.text })}>
                        {t('vocabulary.pick')}
                      </Button>
                    ),
                  },
                ]}
              />
            ) : (
              <p>{t('vocabulary.noUnmapped')}</p>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
