// Why a file could not be written, in the user's terms. The errors listed
// here come from the place the user chose (--out): a file where a folder
// should be, no permission, a full or read-only disk. They are the user's to
// fix, so they become a UserError (exit 1, no stack); anything else stays a
// bug and keeps its stack.
import { existsSync, lstatSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { messages } from '../messages.js';

const USER_CODES = new Set(['ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EBUSY', 'EEXIST', 'EISDIR', 'ENOENT', 'ELOOP']);

/** `e` (thrown while writing `file`) as a UserError when the place is at fault; otherwise `e` itself. */
export function writeError(e: unknown, file: string): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined || !USER_CODES.has(code)) return e;
  const dir = path.dirname(file);
  return new UserError(messages.cannotWrite(dir, reason(code, dir, file, e as NodeJS.ErrnoException)));
}

function reason(code: string, dir: string, file: string, e: NodeJS.ErrnoException): string {
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST':
    case 'ENOENT': {
      // The error names the folder being made, not what is in its way: a file where a folder
      // should be, or a link to a place that is not there (an unmounted drive).
      const blocker = firstNonFolder(dir);
      if (blocker) return messages.writePathIsFile(blocker);
      const link = firstDanglingLink(dir);
      if (link) return messages.writeDanglingLink(link.path, link.target);
      if (code !== 'ENOENT') return messages.writeDenied(code);
      // A folder that exists and still will not take a new one (/proc, /sys).
      const refusing = refusingParent(e);
      if (refusing) return messages.writeNoFolders(refusing, code);
      // Otherwise the folder was removed while this was writing into it.
      return messages.writeVanished(code);
    }
    case 'EISDIR':
      return messages.writePathIsFolder(file);
    case 'ELOOP':
      return messages.writeLinkLoop();
    default:
      return messages.writeDenied(code);
  }
}

/** The nearest existing path from the root down to `dir` that is not a folder, if any. */
function firstNonFolder(dir: string): string | undefined {
  for (const p of fromRoot(dir)) {
    let info;
    try {
      info = statSync(p, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (info === undefined) return undefined;
    // Named the way the user named the folder: relative stays relative.
    if (!info.isDirectory()) return asNamed(dir, p);
  }
  return undefined;
}

/** For a mkdir that failed with ENOENT although its parent is a folder: that parent. */
function refusingParent(e: NodeJS.ErrnoException): string | undefined {
  if (e.syscall !== 'mkdir' || typeof e.path !== 'string') return undefined;
  const parent = path.dirname(e.path);
  try {
    return statSync(parent).isDirectory() ? parent : undefined;
  } catch {
    return undefined;
  }
}

/** The first path from the root down to `dir` that is a symbolic link to nothing, with where it points. */
function firstDanglingLink(dir: string): { path: string; target: string } | undefined {
  for (const p of fromRoot(dir)) {
    try {
      if (!lstatSync(p).isSymbolicLink()) continue;
      if (existsSync(p)) continue; // follows to something
      return { path: asNamed(dir, p), target: readlinkSync(p) };
    } catch {
      return undefined; // p itself is not there: nothing further down is
    }
  }
  return undefined;
}

/** `dir` and each of its parents, root first. */
function fromRoot(dir: string): string[] {
  const parts: string[] = [];
  for (let p = path.resolve(dir); ; p = path.dirname(p)) {
    parts.unshift(p);
    if (path.dirname(p) === p) break;
  }
  return parts;
}

/** `p` named the way the user named `dir`: relative stays relative. */
function asNamed(dir: string, p: string): string {
  return path.isAbsolute(dir) ? p : path.relative(process.cwd(), p);
}
