import { DomainError, type ErrorReason } from './errors.js';

/** Reasons a transition table may raise: their params are among `subject`, `from` and `to`. */
export type TransitionReason = ErrorReason &
  (
    | 'ILLEGAL_TRANSITION'
    | 'VACANCY_TRANSITION'
    | 'PROJECT_TRANSITION'
    | 'PROJECT_DECIDED_BY_COMMITTEE'
    | 'SELF_EMPLOYMENT_TRANSITION'
    | 'SELF_EMPLOYMENT_DECIDED_BY_COMMITTEE'
  );

/**
 * A state machine as a table: for each state, the states it may move to, in the order they are offered.
 * A `paused` state (a stand-by) may go back to the state it paused from (`resumeTo`) or to its exits.
 */
export interface TransitionTable<S extends string> {
  /** The legal moves from `from` (`resumeTo`: the state a paused subject came from). */
  targets(from: S, resumeTo?: S | null): readonly S[];
  /** True when `from → to` is a legal move. */
  allows(from: S, to: S, resumeTo?: S | null): boolean;
  /** Throws ILLEGAL_TRANSITION (on `field`) unless `from → to` is a legal move. */
  assert(from: S, to: S, options?: { resumeTo?: S | null; field?: string; reason?: TransitionReason }): void;
}

export function transitionTable<S extends string>(
  subject: string,
  moves: Readonly<Partial<Record<S, readonly S[]>>>,
  options: { paused?: { state: S; exits: readonly S[] } } = {},
): TransitionTable<S> {
  const targets = (from: S, resumeTo?: S | null): readonly S[] => {
    const paused = options.paused;
    if (paused && from === paused.state) return [...(resumeTo ? [resumeTo] : []), ...paused.exits];
    return moves[from] ?? [];
  };
  const allows = (from: S, to: S, resumeTo?: S | null) => targets(from, resumeTo).includes(to);
  return {
    targets,
    allows,
    assert(from, to, o = {}) {
      if (!allows(from, to, o.resumeTo))
        throw new DomainError(o.reason ?? 'ILLEGAL_TRANSITION', { subject, from, to } as never, o.field ?? 'to');
    },
  };
}
