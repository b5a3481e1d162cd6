/**
 * Text normalisation for French place names: what a person types ("st etienne", "SAINT-ÉTIENNE",
 * "Saint Etienne") must meet the official name ("Saint-Étienne").
 */

/** Lower case, no accents, no punctuation; "st"/"ste" spelled out; single spaces. */
export function normalizePlaceName(input: string): string {
  const text = input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return text.includes('st') ? text.replace(/(^| )st(e?)(?= |$)/g, (_, space: string, e: string) => `${space}saint${e}`) : text;
}

/** Reused rows: fuzzy search calls this ~35 000 times per query. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Damerau-Levenshtein (optimal string alignment) distance, giving up once it exceeds `max`
 * (returns max + 1 then).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [prevPrev, prev, current] = rows;
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  const distance = prev[b.length]!;
  return distance > max ? max + 1 : distance;
}
