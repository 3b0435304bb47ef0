import { useMutation } from '@apollo/client/react';
import { apiErrors, formErrors } from '@ixl/portal-client';
import { Alert, Button, FieldSet, Notice, TextAreaField, useI18n } from '@ixl/ui';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { CommitteeVoteChoice } from '../../gql/graphql.js';
import { graphql } from '../../gql/index.js';
import { voteProblems } from './vote-rules.js';

const CAST_VOTE = graphql(`
  mutation CommitteeCastVote($input: CommitteeVoteInput!) {
    castCommitteeVote(input: $input) {
      id
      agendaItemId
      memberId
      choice
      conflictOfInterest
      conflictNote
      castAt
    }
  }
`);

const FIELDS = ['conflictOfInterest', 'choice', 'conflictNote'] as const;
type Field = (typeof FIELDS)[number];
const CHOICES: CommitteeVoteChoice[] = ['APPROVE', 'REJECT', 'ABSTAIN'];

export interface MyVote {
  choice?: CommitteeVoteChoice | null;
  conflictOfInterest: boolean;
  conflictNote?: string | null;
}

/**
 * The member's vote on one dossier. The conflict-of-interest declaration comes first and is
 * mandatory; declaring a conflict means not voting (the API excludes the member from the vote and
 * the quorum) and asks for a short description. The vote can be changed until the decision.
 */
export function VoteForm({
  agendaItemId,
  topic,
  current,
  onVoted,
}: {
  agendaItemId: string;
  topic: string;
  current: MyVote | null;
  onVoted?: () => void;
}) {
  const { t, tEnum, errorText } = useI18n();
  const uid = useId();
  const [conflict, setConflict] = useState<'yes' | 'no' | ''>(current ? (current.conflictOfInterest ? 'yes' : 'no') : '');
  const [choice, setChoice] = useState<string>(current?.choice ?? '');
  const [note, setNote] = useState(current?.conflictNote ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [cast, { loading }] = useMutation(CAST_VOTE);
  const formRef = useRef<HTMLFormElement>(null);

  const show = (fields: Partial<Record<Field, string>>, message: string | null) => {
    setErrors(fields);
    setGeneral(message);
    const first = FIELDS.find((f) => fields[f]);
    if (first)
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>(`[name="${first}-${uid}"], textarea[name="${first}"]`)?.focus(),
      );
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const problems = voteProblems({ conflict, choice, note });
    if (Object.keys(problems).length) return show(Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, t(v)])), null);
    const declared = conflict === 'yes';
    try {
      await cast({
        variables: {
          input: {
            agendaItemId,
            conflictOfInterest: declared,
            choice: declared ? null : (choice as CommitteeVoteChoice),
            conflictNote: declared ? note.trim() : null,
          },
        },
      });
      show({}, null);
      setSaved(declared ? t('vote.savedConflict') : t('vote.saved', { choice: tEnum('voteChoice', choice) }));
      onVoted?.();
    } catch (error) {
      const split = formErrors(apiErrors(error), [...FIELDS, 'agendaItemId'], errorText);
      const { agendaItemId: itemError, ...fields } = split.fields;
      const rest = [...(itemError ? [itemError] : []), ...split.general.map((g) => errorText(g))];
      show(fields, rest.length ? rest.join(' ') : null);
    }
  };

  const radio = (name: Field, value: string, label: string, checked: boolean, onChange: () => void) => (
    <div className="ixl-check" key={value}>
      <input
        type="radio"
        id={`${name}-${value}-${uid}`}
        name={`${name}-${uid}`}
        value={value}
        checked={checked}
        onChange={onChange}
        aria-invalid={errors[name] ? true : undefined}
      />
      <label htmlFor={`${name}-${value}-${uid}`}>{label}</label>
    </div>
  );

  return (
    <form ref={formRef} className="ixl-form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('vote.formLabel', { topic })}>
      {general ? <Alert>{general}</Alert> : null}
      {saved ? <Notice>{saved}</Notice> : null}
      <FieldSet legend={t('vote.conflictLegend')} error={errors.conflictOfInterest}>
        {radio('conflictOfInterest', 'no', t('vote.noConflict'), conflict === 'no', () => setConflict('no'))}
        {radio('conflictOfInterest', 'yes', t('vote.conflict'), conflict === 'yes', () => setConflict('yes'))}
      </FieldSet>
      {conflict === 'no' ? (
        <FieldSet legend={t('vote.choiceLegend')} error={errors.choice}>
          {CHOICES.map((c) => radio('choice', c, tEnum('voteChoice', c), choice === c, () => setChoice(c)))}
        </FieldSet>
      ) : null}
      {conflict === 'yes' ? (
        <TextAreaField
          label={t('vote.conflictNote')}
          hint={t('vote.conflictNoteHint')}
          name="conflictNote"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.conflictNote}
          maxLength={1000}
          required
        />
      ) : null}
      <Button type="submit" disabled={loading}>
        {loading ? t('vote.saving') : current ? t('vote.change') : t('vote.submit')}
      </Button>
    </form>
  );
}
