import { badInput } from '@ixl/subgraph-kit';

/** An assessment instrument's content: items grouped by dimension, each answer worth points. */
export interface InstrumentDefinition {
  dimensions: {
    code: string;
    label: string;
    items: { code: string; text: string; answers: { code: string; label: string; points: number }[] }[];
  }[];
}

export interface ScoredAnswer {
  dimension: string;
  itemCode: string;
  answerCode: string;
  points: number;
}

/** Checks a definition staff want to publish (unique codes, at least one answer per item, points ≥ 0). */
export function validateDefinition(def: InstrumentDefinition, threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) throw badInput('threshold', 'THRESHOLD_POSITIVE');
  if (!def.dimensions.length) throw badInput('dimensions', 'INSTRUMENT_NEEDS_DIMENSION');
  const items = new Set<string>();
  for (const d of def.dimensions) {
    if (!d.code.trim() || !d.items.length) throw badInput('dimensions', 'DIMENSION_INCOMPLETE', { dimension: d.code || '?' });
    for (const item of d.items) {
      if (items.has(item.code)) throw badInput('dimensions', 'ITEM_CODE_DUPLICATE', { item: item.code });
      items.add(item.code);
      const answers = new Set(item.answers.map((a) => a.code));
      if (!item.answers.length || answers.size !== item.answers.length)
        throw badInput('dimensions', 'ITEM_ANSWERS_NOT_DISTINCT', { item: item.code });
      if (item.answers.some((a) => !Number.isInteger(a.points) || a.points < 0))
        throw badInput('dimensions', 'ITEM_POINTS_WHOLE', { item: item.code });
    }
  }
}

/**
 * Scores answers against an instrument: every item answered exactly once with an allowed answer.
 * Returns the scored answers (points copied, so later instrument versions never change them).
 */
export function scoreAnswers(
  def: InstrumentDefinition,
  answers: readonly { itemCode: string; answerCode: string }[],
): { score: number; answers: ScoredAnswer[] } {
  const given = new Map<string, string>();
  for (const a of answers) {
    if (given.has(a.itemCode)) throw badInput('answers', 'ITEM_ANSWERED_TWICE', { item: a.itemCode });
    given.set(a.itemCode, a.answerCode);
  }
  const scored: ScoredAnswer[] = [];
  for (const d of def.dimensions) {
    for (const item of d.items) {
      const code = given.get(item.code);
      if (code === undefined) throw badInput('answers', 'ITEM_NOT_ANSWERED', { item: item.code });
      const answer = item.answers.find((a) => a.code === code);
      if (!answer) throw badInput('answers', 'ANSWER_NOT_ALLOWED', { answer: code, item: item.code });
      scored.push({ dimension: d.code, itemCode: item.code, answerCode: code, points: answer.points });
      given.delete(item.code);
    }
  }
  const unknown = [...given.keys()];
  if (unknown.length) throw badInput('answers', 'UNKNOWN_ITEMS', { items: unknown.join(', ') });
  return { score: scored.reduce((s, a) => s + a.points, 0), answers: scored };
}

/** 0..threshold-1: profilo forte (not in target); ≥ threshold: in target. */
export const profileFor = (score: number, threshold: number): 'FORTE' | 'IN_TARGET' => (score >= threshold ? 'IN_TARGET' : 'FORTE');

/** Answers adding up to exactly `score` (greedy; demo data and tests). Throws when unreachable. */
export function answersForScore(def: InstrumentDefinition, score: number): { itemCode: string; answerCode: string }[] {
  let left = score;
  const answers = def.dimensions.flatMap((d) =>
    d.items.map((i) => {
      const best = [...i.answers].sort((a, b) => b.points - a.points).find((a) => a.points <= left) ?? i.answers[0];
      left -= best?.points ?? 0;
      return { itemCode: i.code, answerCode: best?.code ?? '' };
    }),
  );
  if (left !== 0) throw new Error(`cannot reach score ${score}`);
  return answers;
}
