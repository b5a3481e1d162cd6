// Summary of the post-drive survey answers (0-10 "would you recommend" scores, NPS-style).

export type ScoreSummary = { count: number; average: number | null; promoters: number; detractors: number; nps: number | null };

export function summarizeScores(scores: readonly number[]): ScoreSummary {
  if (scores.length === 0) return { count: 0, average: null, promoters: 0, detractors: 0, nps: null };
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  const sum = scores.reduce((a, b) => a + b, 0);
  return {
    count: scores.length,
    average: Math.round((sum / scores.length) * 10) / 10,
    promoters,
    detractors,
    nps: Math.round(((promoters - detractors) / scores.length) * 100),
  };
}
