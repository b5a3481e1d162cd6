import { createEvent } from 'ics';
import type { MailAttachment } from '@/lib/mail/render';

export type CalendarDrive = {
  id: string;
  reference: string;
  start: Date;
  end: Date;
  title: string;
  description: string;
  location: string;
  /** Bumped on each move, so calendars replace the event instead of adding one. */
  sequence: number;
  cancelled?: boolean;
};

/** An iCalendar (RFC 5545) file for the drive, times in UTC. */
export function driveCalendarFile(drive: CalendarDrive): MailAttachment {
  const { error, value } = createEvent({
    uid: `test-drive-${drive.id}@virage.example`,
    sequence: drive.sequence,
    start: drive.start.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: drive.end.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: drive.title,
    description: drive.description,
    location: drive.location,
    status: drive.cancelled ? 'CANCELLED' : 'CONFIRMED',
    method: drive.cancelled ? 'CANCEL' : 'PUBLISH',
    productId: 'virage/test-drives',
  });
  if (error || !value) throw new Error(`Could not build the calendar file: ${error?.message ?? 'empty'}`);
  return { filename: `essai-${drive.reference}.ics`, contentType: 'text/calendar; charset=utf-8', content: value };
}
