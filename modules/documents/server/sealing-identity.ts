import 'server-only';
import { createHmac } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { createSealingIdentity, type SealingIdentity } from './seal';

type Client = PrismaClient | Prisma.TransactionClient;
type Stored = { p12: string; commonName: string; certificateSha256: string };

/**
 * The dealership's sealing certificate, created on first use and kept in PostgreSQL (app_state) so
 * every app instance seals with the same one. Two instances creating it at once both insert with
 * ON CONFLICT DO NOTHING and then read the row that won. The PKCS#12 file is encrypted with a
 * passphrase derived from the app secret: the database alone does not give the key away.
 */
export async function dealershipSealingIdentity(client: Client, dealership: { id: string; name: string; city: string }, secret: string, now: Date): Promise<SealingIdentity> {
  const key = `document-seal:${dealership.id}`;
  const passphrase = createHmac('sha256', secret).update(key).digest('hex');
  const existing = await client.appState.findUnique({ where: { key } });
  if (existing) return { ...(existing.value as Stored), p12: Buffer.from((existing.value as Stored).p12, 'base64'), passphrase };
  const created = createSealingIdentity({ commonName: dealership.name, organisation: 'Virage', locality: dealership.city }, passphrase, now);
  const value: Stored = { p12: created.p12.toString('base64'), commonName: created.commonName, certificateSha256: created.certificateSha256 };
  await client.appState.createMany({ data: [{ key, value }], skipDuplicates: true });
  const stored = (await client.appState.findUniqueOrThrow({ where: { key } })).value as Stored;
  return { ...stored, p12: Buffer.from(stored.p12, 'base64'), passphrase };
}

/** The fingerprint (SHA-256 of the DER) of the certificate the dealership seals with; null when it has none yet. Never creates one. */
export async function storedSealCertificateSha256(client: Client, dealershipId: string): Promise<string | null> {
  const row = await client.appState.findUnique({ where: { key: `document-seal:${dealershipId}` } });
  const value = row?.value as Partial<Stored> | null | undefined;
  return typeof value?.certificateSha256 === 'string' ? value.certificateSha256 : null;
}
