// The only stage that writes files. Each file is written to a temporary name
// in the same folder and renamed into place, so a crash or kill leaves either
// the old complete file or the new complete file, never half of one. A report's
// files are written together: every one to its temporary name first, and only
// when all of them are on disk are they renamed, so a full disk or a folder in
// a file's place leaves the previous report whole instead of half replaced.
import { lstat, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { writeError } from './errors.js';
import { makeFolders } from './folders.js';

export interface Artifact {
  /** File name inside the report's folder, e.g. "medical-second-opinion.pdf". */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface WrittenFile {
  readonly path: string;
  readonly bytes: number;
}

let counter = 0;

/** Temporary names: "<file>.<pid>.<n>.tmp". */
const TEMP_FILE = /\.(\d+)\.\d+\.tmp$/;

/** Writes `bytes` to `file` atomically; a place that cannot be written to is a UserError naming it. */
export async function writeAtomic(file: string, bytes: Uint8Array): Promise<void> {
  await writeTogether([{ file, bytes }]);
}

/** Writes a report's files into `dir`, all or none (short of a crash, or a failed rename, between the renames). */
export async function writeArtifacts(dir: string, artifacts: readonly Artifact[]): Promise<WrittenFile[]> {
  await writeTogether(artifacts.map((a) => ({ file: path.join(dir, a.name), bytes: a.bytes })));
  return artifacts.map((a) => ({ path: path.join(dir, a.name), bytes: a.bytes.byteLength }));
}

async function writeTogether(files: readonly { file: string; bytes: Uint8Array }[]): Promise<void> {
  const staged: { tmp: string; file: string }[] = [];
  let current = files[0]?.file ?? '';
  try {
    // Each folder once: a report's files share one.
    for (const [folder, file] of new Map(files.map((f) => [path.dirname(f.file), f.file]))) {
      current = file;
      await makeFolders(folder);
    }
    for (const { file, bytes } of files) {
      current = file;
      const tmp = `${file}.${process.pid}.${++counter}.tmp`;
      staged.push({ tmp, file });
      await writeDurably(tmp, bytes);
    }
    // Renaming over a folder fails; find that before any file is replaced.
    for (const { file } of staged) {
      current = file;
      const info = await lstat(file).catch(() => undefined);
      if (info?.isDirectory()) throw Object.assign(new Error(`${file} is a folder`), { code: 'EISDIR' });
    }
    // A rename in one folder needs no space and rarely fails; if one does (a
    // file held open on Windows), the files before it are already new: the
    // error names the file, and the temporary files left are removed.
    while (staged.length > 0) {
      const next = staged[0]!;
      current = next.file;
      await rename(next.tmp, next.file);
      staged.shift();
    }
  } catch (e) {
    // Best effort: a temp file may never have been created (or its folder may be a file).
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true }).catch(() => undefined)));
    throw writeError(e, current);
  }
}

async function writeDurably(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Removes the temporary files a killed or interrupted write left in `dir`.
 * `all`: every one (the batch, which holds the folder's lock); otherwise only
 * those of processes that have ended, so a write running beside this one keeps its own.
 */
export async function sweepTempFiles(dir: string, which: 'all' | 'of-ended-processes'): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const stale = names.filter((n) => {
    const m = TEMP_FILE.exec(n);
    return m !== null && (which === 'all' || hasEnded(Number(m[1])));
  });
  await Promise.all(stale.map((n) => rm(path.join(dir, n), { force: true })));
}

/**
 * Removes the temporary files beside `file` that a killed write of that very
 * file left ("<file>.<pid>.<n>.tmp"), and nothing else: the batch's manifest,
 * and the deliverables of a report whose output it retires.
 */
export async function removeTempsOf(file: string): Promise<void> {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const names = await readdir(dir).catch(() => [] as string[]);
  const temps = names.filter((n) => n.startsWith(`${base}.`) && /^\.\d+\.\d+\.tmp$/.test(n.slice(base.length)));
  await Promise.all(temps.map((n) => rm(path.join(dir, n), { force: true }).catch(() => undefined)));
}

function hasEnded(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code !== 'EPERM';
  }
}
