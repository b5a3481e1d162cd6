import { describe, expect, it } from 'vitest';
import { noteText, timelineNoteOf } from './timeline-notes';

const A = '2026-12-03T09:00:00.000Z';
const B = '2026-12-04T13:30:00.000Z';

describe('order trail notes, read back for the reader’s language', () => {
  it('reads every note the order code writes', () => {
    expect(timelineNoteOf(noteText.handoverBooked(A))).toEqual({ key: 'handoverBooked', at: A });
    expect(timelineNoteOf(noteText.handoverBookedAtCheckout(A))).toEqual({ key: 'handoverBookedAtCheckout', at: A });
    expect(timelineNoteOf(noteText.handoverMoved(A, B))).toEqual({ key: 'handoverMoved', from: A, at: B });
    expect(timelineNoteOf(noteText.handoverMovedByBuyer(A, B))).toEqual({ key: 'handoverMovedByBuyer', from: A, at: B });
    expect(timelineNoteOf(noteText.returnRequested())).toEqual({ key: 'returnRequested' });
    expect(timelineNoteOf(noteText.orderFormSigned('AB12CD34', 'Léa Martin'))).toEqual({ key: 'orderFormSigned', name: 'Léa Martin' });
  });

  it('reads notes stored by earlier versions the same way, and leaves unknown texts alone', () => {
    expect(timelineNoteOf('handover moved from 2026-12-03T09:00:00.000Z to 2026-12-04T13:30:00.000Z')).toMatchObject({ key: 'handoverMoved' });
    expect(timelineNoteOf('return requested (right of withdrawal, L221-18)')).toEqual({ key: 'returnRequested' });
    expect(timelineNoteOf('handover moved somewhere')).toBeNull();
    expect(timelineNoteOf('deposit received')).toBeNull();
  });
});
