export declare const PGLITE_EXTENSIONS: Record<string, unknown>;

export type InMemoryPglite = {
  connection: { host: string; port: number; user: string; password: string; database: string };
  /** postgresql:// URL of the loopback socket. */
  url: string;
  close(): Promise<void>;
};

/** An in-memory PGlite served on a free loopback port. */
export declare function startInMemoryPglite(): Promise<InMemoryPglite>;
