// One batch at a time per output folder. Two batches writing the same folder
// would each sweep the other's temporary files (failing reports that were
// fine) and each rewrite manifest.json from its own view, so that it could
// vouch for files the other one replaced. A batch therefore holds
// DIR/.market-report.lock while it runs. The lock records who holds it (pid,
// host, and on Linux the process's start time, so that a reused pid does not
// pass for its dead owner). A lock whose owner is gone (kill -9, a crash, a
// container restarted with the same pid) is taken over; one held by a live
// process, or by another host that this one cannot check, is reported.
import { readFileSync } from 'node:fs';
import { link, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../errors.js';
import { messages } from '../messages.js';
import { writeError } from './errors.js';
import { makeFolders } from './folders.js';

export const LOCK_NAME = '.market-report.lock';

export interface FolderLock {
  /** Removes the lock (if it is still this one's). */
  release(): Promise<void>;
}

export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** /proc/<pid>/stat's start time (clock ticks after boot); absent where /proc is not there. */
  readonly started?: string;
}

/** Locks held by this process, by lock file: a second batch in the same process on the same folder is refused too. */
const heldHere = new Set<string>();
let counter = 0;
/** What link() fails with where a file system has no hard links. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** Takes `dir`'s lock (creating `dir` if needed), or throws a UserError naming who holds it. */
export async function lockFolder(dir: string): Promise<FolderLock> {
  // Named as the user named the folder (messages), keyed by its absolute path (this process's own locks).
  const file = path.join(dir, LOCK_NAME);
  const key = path.resolve(file);
  const me = currentProcess();
  const text = `${JSON.stringify(me)}\n`;
  try {
    await makeFolders(dir);
  } catch (e) {
    throw writeError(e, file);
  }
  // Two attempts: the second after removing a lock whose owner is gone.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await createExclusive(file, text)) {
      heldHere.add(key);
      return { release: () => release(file, key, text) };
    }
    const holder = await readHolder(file);
    if (holder === 'gone') continue; // released between our attempt and the read
    if (holder !== undefined && isHeld(holder, key)) throw new UserError(messages.folderLocked(dir, holder, file));
    // The owner is gone, or the file is not a lock this version wrote: stale.
    await rm(file, { force: true });
  }
  throw new UserError(messages.folderLockRace(dir, file));
}

/**
 * Creates `file` with `text` only if it does not exist, never leaving a
 * half-written lock: the text goes to a temporary file that is then
 * hard-linked to the lock's name (link fails if the name is taken).
 */
async function createExclusive(file: string, text: string): Promise<boolean> {
  const tmp = `${file}.${process.pid}.${++counter}.tmp`;
  try {
    await writeFile(tmp, text, { flag: 'wx' });
    try {
      await link(tmp, file);
    } catch (e) {
      // A file system without hard links (FAT, some network shares): create in place, exclusively.
      if (!NO_LINKS.has((e as NodeJS.ErrnoException).code ?? '')) throw e;
      await writeFile(file, text, { flag: 'wx' });
    }
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw writeError(e, file);
  } finally {
    await rm(tmp, { force: true }).catch(() => undefined);
  }
}

async function readHolder(file: string): Promise<LockHolder | 'gone' | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw writeError(e, file);
  }
  try {
    const json = JSON.parse(text) as Partial<LockHolder>;
    if (!Number.isInteger(json.pid) || typeof json.host !== 'string') return undefined;
    return { pid: json.pid!, host: json.host, ...(typeof json.started === 'string' ? { started: json.started } : {}) };
  } catch {
    return undefined;
  }
}

/** Whether `holder` may still be running. Another host's process cannot be checked, so it counts as running. */
function isHeld(holder: LockHolder, key: string): boolean {
  if (holder.host !== os.hostname()) return true;
  if (holder.pid === process.pid) return heldHere.has(key) && holder.started === processStart(process.pid);
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStart(holder.pid);
  return holder.started === undefined || started === undefined || started === holder.started;
}

async function release(file: string, key: string, text: string): Promise<void> {
  heldHere.delete(key);
  // Only our own lock: if it was taken over meanwhile (we were thought dead), it is not ours to remove.
  const now = await readFile(file, 'utf8').catch(() => undefined);
  if (now === text) await rm(file, { force: true });
}

export function currentProcess(): LockHolder {
  const started = processStart(process.pid);
  return { pid: process.pid, host: os.hostname(), ...(started !== undefined ? { started } : {}) };
}

/** A process's start time from /proc/<pid>/stat (field 22), or undefined where that cannot be read. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
