// Half-open intervals [start, end) of epoch milliseconds, kept sorted and merged so availability
// questions are answered by one forward sweep.

export type Span = { start: number; end: number };

/** Sorted, non-empty, non-overlapping; touching spans are joined. */
export function normalize(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      if (s.end > last.end) last.end = s.end;
    } else {
      out.push({ start: s.start, end: s.end });
    }
  }
  return out;
}

/** `base` minus `cut`, both normalized. */
export function subtract(base: readonly Span[], cut: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const b of base) {
    let cursor = b.start;
    while (j < cut.length && cut[j]!.end <= cursor) j++;
    let k = j;
    while (k < cut.length && cut[k]!.start < b.end) {
      const c = cut[k]!;
      if (c.start > cursor) out.push({ start: cursor, end: c.start });
      if (c.end > cursor) cursor = c.end;
      if (cursor >= b.end) break;
      k++;
    }
    if (cursor < b.end) out.push({ start: cursor, end: b.end });
  }
  return out;
}

export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/**
 * Answers "is [a, b) inside one free span?" for queries whose ends never decrease, in amortised
 * O(1): spans ending before the current query end can never contain a later query.
 */
export class ContainmentCursor {
  private index = 0;

  constructor(private readonly free: readonly Span[]) {}

  contains(a: number, b: number): boolean {
    const free = this.free;
    while (this.index < free.length && free[this.index]!.end < b) this.index++;
    const span = free[this.index];
    return span !== undefined && span.start <= a && b <= span.end;
  }
}
