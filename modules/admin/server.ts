import 'server-only';
// Server entry of the admin module: the back-office overview and the outbox reader.
export { adminCounts, recentOutboxMessages } from './server/overview';
