import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type pg from 'pg';

export declare class CharAsTextClient extends pg.Client {}

export declare function connectionFields(url: string): Record<string, unknown>;

export type AdapterOptions = {
  url: string | undefined;
  shadowDatabaseUrl?: string | undefined;
  shadow?: 'server' | 'pglite';
  poolMax?: number;
};

export declare function createPgAdapterFactory(options: AdapterOptions): SqlMigrationAwareDriverAdapterFactory & {
  connect(): Promise<SqlDriverAdapter>;
  connectToShadowDb(): Promise<SqlDriverAdapter>;
  /** Drops any shadow database still open. */
  cleanup(): Promise<void>;
};
