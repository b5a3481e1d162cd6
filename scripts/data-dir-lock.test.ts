import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'virage-lock-'));

describe('lockDataDir', () => {
  it('refuses a second owner while the first holds the lock, with a clear message', () => {
    const dir = freshDir();
    const first = lockDataDir(dir);
    expect(() => lockDataDir(dir, process.pid + 1)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir, process.pid + 1)).toThrow(/already in use by another Virage process \(pid \d+\)/);
    first.release();
    const second = lockDataDir(dir);
    second.release();
    expect(existsSync(path.join(dir, 'virage.lock'))).toBe(false);
  });

  it('refuses the same process opening the directory twice', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    lock.release();
  });

  it('reclaims a lock left by a process that no longer exists', () => {
    const dir = freshDir();
    // pid 2^22+ is above Linux's default pid_max, so no live process has it.
    writeFileSync(path.join(dir, 'virage.lock'), '4194999\n2026-01-01T00:00:00Z\n');
    const lock = lockDataDir(dir);
    lock.release();
  });
});
