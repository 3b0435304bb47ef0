/** What the running score needs of an instrument: items grouped by dimension, each answer worth points. */
export interface ScoredInstrument {
  dimensions: { items: { code: string; answers: { code: string; points: number }[] }[] }[];
}

/** The score of the answers given so far (the API computes the recorded one). */
export function runningScore(
  instrument: ScoredInstrument,
  answers: Record<string, string>,
): { score: number; answered: number; items: number } {
  let score = 0;
  let answered = 0;
  let items = 0;
  for (const d of instrument.dimensions) {
    for (const item of d.items) {
      items++;
      const a = item.answers.find((x) => x.code === answers[item.code]);
      if (a) {
        answered++;
        score += a.points;
      }
    }
  }
  return { score, answered, items };
}
