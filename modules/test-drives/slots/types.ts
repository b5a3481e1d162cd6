// Plain-data inputs and outputs of the slot engine. Instants are UTC `Date`s; calendar data
// (opening hours, working hours, day closures) is local to the dealership's time zone.

/** A calendar date in the dealership's time zone, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A wall-clock time in the dealership's time zone, 'HH:mm' ('24:00' is allowed as an end). */
export type LocalTime = string;

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
/** Index = JavaScript `getDay()` number (0 = Sunday). */
export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Half-open local range [from, to) on one day, e.g. { from: '09:00', to: '12:30' }. */
export type LocalTimeRange = { from: LocalTime; to: LocalTime };
/** Several ranges a day are allowed; a missing or empty weekday means closed / not working. */
export type WeeklyHours = Partial<Record<Weekday, readonly LocalTimeRange[]>>;

/** Half-open UTC range [start, end). */
export type InstantRange = { start: Date; end: Date };

/** A whole local day, or a UTC range (e.g. an afternoon event, a holiday week). */
export type Unavailability = ({ kind: 'day'; date: LocalDate } | ({ kind: 'range' } & InstantRange)) & { reason?: string };

/** Converts a home address distance into one-way travel minutes (see travel.ts for defaults). */
export type HomeTravelPolicy = {
  /** Average door-to-door speed, km/h. */
  averageSpeedKmh: number;
  /** Floor for one leg, even for a customer next door. */
  minimumMinutes: number;
  /** Legs are rounded up to this many minutes so calendars stay readable. */
  roundUpToMinutes: number;
};

export type DealershipSchedule = {
  /** IANA zone; defaults to Europe/Paris. */
  timeZone?: string;
  openingHours: WeeklyHours;
  closures: readonly Unavailability[];
  /** Slot starts are this many minutes apart, counted from the start of each opening range. */
  slotStepMinutes: number;
  /** Cleaning/charging time a demo car needs between two drives. */
  prepBufferMinutes: number;
  /** A slot must start at least this long after `now`. */
  minNoticeMinutes: number;
  /** Last bookable local date = today (local) + horizonDays. */
  horizonDays: number;
  /** Home drives are offered up to this road distance from the dealership. */
  homeRadiusKm: number;
  /** Added to each travel leg of a home drive (parking, handing the car over). Default 0. */
  homeDriveExtraMinutes?: number;
  homeTravel?: Partial<HomeTravelPolicy>;
};

export type DemoCar = {
  id: string;
  modelCode: string;
  trimCode?: string;
  powertrain?: string;
  /** Workshop blocks; no preparation buffer is added around them. */
  maintenance: readonly InstantRange[];
};

export type StaffRole = 'sales_advisor' | 'product_specialist';

export type StaffMember = {
  id: string;
  role: StaffRole;
  workingHours: WeeklyHours;
  timeOff: readonly Unavailability[];
};

export type DriveKind = 'showroom' | 'home';

export type ExistingBooking = {
  id: string;
  carId: string;
  staffId: string;
  /** The customer-facing drive, without travel. */
  start: Date;
  end: Date;
  kind: DriveKind;
  /** Home drives: minutes the car and staff member are away before `start` / after `end`. */
  travelBeforeMinutes: number;
  travelAfterMinutes: number;
};

export const DRIVE_DURATIONS = [30, 45, 60] as const;
export type DriveDuration = (typeof DRIVE_DURATIONS)[number];

/** `distanceKm` is the road distance from the dealership; `travelMinutes` (one way), when a
 * routing service gave it, replaces the speed-based estimate. */
export type HomeLocation = { distanceKm: number; travelMinutes?: number };

export type SlotRequest = {
  modelCode: string;
  trimCode?: string;
  powertrain?: string;
  kind: DriveKind;
  /** 30, 45 or 60; anything else is refused with INVALID_DURATION. */
  durationMinutes: number;
  /** Required for home drives. */
  home?: HomeLocation;
  /** Injected clock. */
  now: Date;
  /** Inclusive local dates; default today .. today + horizonDays, always clipped to that. */
  fromDate?: LocalDate;
  toDate?: LocalDate;
  /** A booking being rescheduled: its own time does not block the new one. */
  excludeBookingId?: string;
};

/** Everything the engine reads, already loaded (cancelled bookings filtered out by the caller). */
export type AvailabilityData = {
  dealership: DealershipSchedule;
  cars: readonly DemoCar[];
  staff: readonly StaffMember[];
  bookings: readonly ExistingBooking[];
};

export type Slot = {
  /** Customer-facing drive [start, end), UTC. */
  start: Date;
  end: Date;
  /** Local date and wall time of `start` in the dealership zone. */
  localDate: LocalDate;
  localTime: LocalTime;
  /** Cars / staff free for the whole slot (travel and preparation included); any pair works. */
  carIds: string[];
  staffIds: string[];
};

export type SlotDay = { date: LocalDate; slots: Slot[] };

/** Reasons a whole search (or a booking) cannot be served, whatever the time. */
export type RequestRefusalCode =
  | 'INVALID_DURATION'
  | 'HOME_ADDRESS_REQUIRED'
  | 'OUT_OF_RANGE'
  | 'NO_MATCHING_CAR'
  /** A home drive: some dealership comes to the address, none with this model's demo car. */
  | 'NO_DEMO_CAR_NEARBY'
  | 'NO_ELIGIBLE_STAFF';

export type BookingRefusalCode =
  | RequestRefusalCode
  | 'TOO_SOON'
  | 'OUTSIDE_HORIZON'
  | 'OUTSIDE_HOURS'
  | 'CLOSED'
  | 'OFF_GRID'
  | 'RESOURCE_MISMATCH'
  | 'SLOT_TAKEN';

export type SlotSearch = {
  slots: Slot[];
  /** Minutes the car and staff member leave before / come back after the drive (0 in showroom). */
  travelBeforeMinutes: number;
  travelAfterMinutes: number;
  /** Set when no slot can exist for this request at all (then `slots` is empty). */
  refusal?: RequestRefusalCode;
};

export type Assignment = { carId: string; staffId: string };
