// The only stage that writes files. Each file is written to a temporary name
// in the same folder and renamed into place, so a crash or kill leaves either
// the old complete file or the new complete file, never half of one.
import { open, rename, rm } from 'node:fs/promises';
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

/** Writes `bytes` to `file` atomically; a place that cannot be written to is a UserError naming it. */
export async function writeAtomic(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeViaTemp(file, bytes);
  } catch (e) {
    throw writeError(e, file);
  }
}

async function writeViaTemp(file: string, bytes: Uint8Array): Promise<void> {
  await makeFolders(path.dirname(file));
  const tmp = `${file}.${process.pid}.${++counter}.tmp`;
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (e) {
    // Best effort: the temp file may never have been created (or its folder may be a file).
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

export async function writeArtifacts(dir: string, artifacts: readonly Artifact[]): Promise<WrittenFile[]> {
  const written: WrittenFile[] = [];
  for (const a of artifacts) {
    const file = path.join(dir, a.name);
    await writeAtomic(file, a.bytes);
    written.push({ path: file, bytes: a.bytes.byteLength });
  }
  return written;
}
