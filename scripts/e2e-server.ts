import { rmSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './runtime-config';

// Playwright's web server: the normal launcher on a throwaway data directory, no rebuild.
const dir = path.join(projectRoot, '.data', 'e2e');
rmSync(dir, { recursive: true, force: true });
process.env.VIRAGE_DATA_DIR = dir;
process.env.VIRAGE_SKIP_BUILD = '1';
process.env.PORT = process.env.E2E_PORT ?? '3100';
process.env.HOST = '127.0.0.1';
process.env.APP_URL = `http://127.0.0.1:${process.env.PORT}`;
delete process.env.DATABASE_URL;
// Every spec signs in from 127.0.0.1; the limit itself is covered by lib/auth.db.test.ts.
process.env.AUTH_SIGNIN_LIMIT_PER_MINUTE = '1000';
// Specs make many holds, bookings and saves from 127.0.0.1: raise the abuse limits. That they bite
// at the production factor is tested in lib/http/write-limits.db.test.ts.
process.env.RATE_LIMIT_FACTOR ??= '1000';
// The back-office spec runs a whole drive booked for a later day: open its check-in window that wide.
// The margin itself is covered by modules/test-drives/server/booking.db.test.ts.
process.env.CHECK_IN_MARGIN_MINUTES ??= String(14 * 24 * 60);
// Surveys go out at the next sweep after the step (the delay itself is covered by modules/surveys DB tests).
process.env.SURVEY_DELAY_MINUTES ??= '0';
await import('./start');
