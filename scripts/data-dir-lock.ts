import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is already in use by another Virage process (pid ${ownerPid}).\n` +
        `Only one process may open it: stop that process first, or set DATABASE_URL to use a PostgreSQL server ` +
        `(several app instances can share one PostgreSQL).`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still alive.
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}

function readOwner(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export type DataDirLock = { release(): void };

/**
 * Takes an exclusive lock on a data directory with an O_EXCL lock file holding our pid.
 * PGlite has no lock of its own and two processes on one directory corrupt it, so a second
 * starter must fail before opening anything. A lock left by a dead process is reclaimed.
 */
export function lockDataDir(dataDir: string, pid = process.pid): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'virage.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, `${pid}\n${new Date().toISOString()}\n`);
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          if (readOwner(lockFile) === pid) rmSync(lockFile, { force: true });
        },
      };
    } catch (error) {
      if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST')) throw error;
      const owner = readOwner(lockFile);
      if (owner !== undefined && owner !== pid && isAlive(owner)) throw new DataDirLockedError(dataDir, owner);
      if (owner === pid) throw new DataDirLockedError(dataDir, owner);
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}: another process keeps creating ${lockFile}.`);
}
