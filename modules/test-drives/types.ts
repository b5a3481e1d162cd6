// JSON-safe views of test drives shared by the server API, pages and the back-office.

export const DRIVE_STATUSES = ['scheduled', 'checked_in', 'in_progress', 'completed', 'no_show', 'cancelled'] as const;
export type DriveStatus = (typeof DRIVE_STATUSES)[number];
export const DRIVE_KINDS = ['showroom', 'home'] as const;
export type DriveKindName = (typeof DRIVE_KINDS)[number];
export const BOOKING_CHANNELS = ['web', 'phone', 'chat', 'showroom'] as const;
export type BookingChannelName = (typeof BOOKING_CHANNELS)[number];

/** Statuses that still hold the car and the staff member. */
export const ACTIVE_STATUSES: readonly DriveStatus[] = ['scheduled', 'checked_in', 'in_progress', 'completed', 'no_show'];

/** The day-of-drive lifecycle; anything else is INVALID_TRANSITION. */
export const TRANSITIONS: Readonly<Record<DriveStatus, readonly DriveStatus[]>> = {
  scheduled: ['checked_in', 'no_show', 'cancelled'],
  checked_in: ['in_progress', 'no_show', 'cancelled'],
  in_progress: ['completed'],
  completed: [],
  no_show: [],
  cancelled: [],
};

export function canTransition(from: DriveStatus, to: DriveStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export type DriveView = {
  id: string;
  reference: string;
  status: DriveStatus;
  kind: DriveKindName;
  channel: BookingChannelName;
  dealership: { id: string; name: string; city: string; street: string; postalCode: string; phone: string; timeZone: string };
  car: { id: string; plate: string; modelCode: string; trimCode: string };
  staff: { id: string; name: string };
  modelCode: string;
  trimCode: string | null;
  /** ISO instants (UTC). */
  start: string;
  end: string;
  occupiedStart: string;
  occupiedEnd: string;
  /** Local date and time of `start` in the dealership zone. */
  localDate: string;
  localTime: string;
  durationMinutes: number;
  travelBeforeMinutes: number;
  travelAfterMinutes: number;
  driver: { firstName: string; lastName: string; email: string; phone: string; licenceNumber: string; licenceIssuedOn: string; birthDate: string };
  home: { street: string; postalCode: string; city: string; distanceKm: number } | null;
  locale: 'fr' | 'en';
  buyerUserId: string | null;
  bookedByUserId: string | null;
  checkedInAt: string | null;
  licenceSeen: boolean;
  startedAt: string | null;
  finishedAt: string | null;
  startMileageKm: number | null;
  finishMileageKm: number | null;
  finishNotes: string | null;
  cancelledAt: string | null;
  rescheduledCount: number;
  survey: { score: number; comment: string | null; answeredAt: string } | null;
};

export type SlotView = { start: string; end: string; localDate: string; localTime: string };
export type SlotDayView = { date: string; slots: SlotView[] };

export type ShowroomOption = {
  dealershipId: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  timeZone: string;
  /** Straight-line distance from the buyer's place, when one was given. */
  distanceKm: number | null;
  homeDriveRadiusKm: number;
};

export type HomeOption = ShowroomOption & { distanceKm: number; travelMinutes: number };

export type SurveyAnswerView = {
  driveId: string;
  reference: string;
  modelCode: string;
  driverName: string;
  driveStart: string;
  score: number;
  comment: string | null;
  answeredAt: string;
};

export type ManageLinkState = { state: 'valid' | 'moved' | 'cancelled' | 'past'; drive: DriveView };
