/** The API's refusals of a decision (English) as message keys and parameters; null when unknown (shown as given). */
export function decisionErrorText(message: string): { key: string; params?: Record<string, string> } | null {
  const quorum = /^Quorum not reached: (\d+) voting member\(s\), (\d+) needed/.exec(message);
  if (quorum) return { key: 'decision.error.quorum', params: { voting: quorum[1] ?? '', quorum: quorum[2] ?? '' } };
  if (message === 'The votes do not approve this dossier') return { key: 'decision.error.notApproved' };
  if (message === 'The votes do not reject this dossier') return { key: 'decision.error.notRejected' };
  if (message === 'The decision on this dossier is already recorded') return { key: 'decision.error.already' };
  if (message === 'Only members of this committee vote on its dossiers') return { key: 'vote.error.notMember' };
  return null;
}
