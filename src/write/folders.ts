// `mkdir -p`, without Node's own recursive mkdir. That one takes ENOENT to
// mean "the parent is missing", makes the parent (which already exists) and
// tries again, forever, at full CPU, where a folder refuses new entries
// with ENOENT: /proc and /sys on Linux (nodejs/node's recursive mkdir, Node
// 20 and later). `--out /proc/x` would hang the command. Here each missing
// folder is made once, from the nearest existing one down, and an error is
// final.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Makes `dir` and any missing parents; throws the file system's error (ENOTDIR, ENOENT, EACCES...) where one cannot be made. */
export async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let p = path.resolve(dir); ; p = path.dirname(p)) {
    try {
      await stat(p);
      break; // exists (a file in the way shows as ENOTDIR below, or when writing into it)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    missing.unshift(p);
    if (path.dirname(p) === p) break; // a root that is not there (a drive letter with no drive)
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (e) {
      // Made meanwhile by another writer: fine if it is a folder. (A link to nowhere is not.)
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !(await isFolder(folder))) throw e;
    }
  }
}

async function isFolder(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}
