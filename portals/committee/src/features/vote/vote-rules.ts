export type VoteField = 'conflictOfInterest' | 'choice' | 'conflictNote';

/** What the member still has to say before the vote can be sent (message keys per field). */
export function voteProblems(draft: { conflict: 'yes' | 'no' | ''; choice: string; note: string }): Partial<Record<VoteField, string>> {
  const out: Partial<Record<VoteField, string>> = {};
  if (!draft.conflict) out.conflictOfInterest = 'vote.error.declare';
  else if (draft.conflict === 'no' && !draft.choice) out.choice = 'vote.error.choice';
  else if (draft.conflict === 'yes' && !draft.note.trim()) out.conflictNote = 'vote.error.note';
  return out;
}
