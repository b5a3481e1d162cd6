import { describe, expect, it } from 'vitest';
import { summarizeScores } from './surveys';

describe('survey summary', () => {
  it('has no average without answers', () => {
    expect(summarizeScores([])).toEqual({ count: 0, average: null, promoters: 0, detractors: 0, nps: null });
  });

  it('averages to one decimal and counts promoters (9-10) and detractors (0-6)', () => {
    expect(summarizeScores([10, 9, 7, 3])).toEqual({ count: 4, average: 7.3, promoters: 2, detractors: 1, nps: 25 });
    expect(summarizeScores([8])).toMatchObject({ average: 8, promoters: 0, detractors: 0, nps: 0 });
  });
});
