import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';

/**
 * Where uploaded and generated files live: never under public/ nor on one instance's disk, so
 * every app instance serves them and only through an authorised route. The PostgreSQL store
 * keeps the bytes in a bytea table and writes them in the caller's transaction (a refused or
 * failed request leaves no file behind); an object store can implement the same interface.
 */
export type StoredFileInfo = { key: string; contentType: string; sizeBytes: number; sha256: string };
export type FileContent = { bytes: Uint8Array; contentType: string; sha256: string };

export interface FileStore {
  /** Stores the bytes; with `tx`, inside that transaction when the store supports it. */
  put(file: { bytes: Uint8Array; contentType: string }, options?: { tx?: Prisma.TransactionClient }): Promise<StoredFileInfo>;
  get(key: string): Promise<FileContent | null>;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export function postgresFileStore(db: PrismaClient): FileStore {
  return {
    async put(file, options = {}) {
      const client = options.tx ?? db;
      const sha256 = sha256Hex(file.bytes);
      const row = await client.storedFile.create({
        data: { contentType: file.contentType, sizeBytes: file.bytes.byteLength, sha256, bytes: Buffer.from(file.bytes) },
        select: { id: true },
      });
      return { key: row.id, contentType: file.contentType, sizeBytes: file.bytes.byteLength, sha256 };
    },
    async get(key) {
      const row = await db.storedFile.findUnique({ where: { id: key }, select: { bytes: true, contentType: true, sha256: true } });
      return row ? { bytes: new Uint8Array(row.bytes), contentType: row.contentType, sha256: row.sha256 } : null;
    },
  };
}
