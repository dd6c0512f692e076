// Why a file could not be written, in the user's terms. The errors listed
// here come from the place the user chose (--out): a file where a folder
// should be, no permission, a full or read-only disk. They are the user's to
// fix, so they become a UserError (exit 1, no stack); anything else stays a
// bug and keeps its stack.
import { statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { messages } from '../messages.js';

const USER_CODES = new Set(['ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EEXIST', 'EISDIR']);

/** `e` (thrown while writing `file`) as a UserError when the place is at fault; otherwise `e` itself. */
export function writeError(e: unknown, file: string): unknown {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined || !USER_CODES.has(code)) return e;
  const dir = path.dirname(file);
  return new UserError(messages.cannotWrite(dir, reason(code, dir, file)));
}

function reason(code: string, dir: string, file: string): string {
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST': {
      // The error names the folder being made, not the file in its way: find that file.
      const blocker = firstNonFolder(dir);
      return blocker ? messages.writePathIsFile(blocker) : messages.writeDenied(code);
    }
    case 'EISDIR':
      return messages.writePathIsFolder(file);
    default:
      return messages.writeDenied(code);
  }
}

/** The nearest existing path from the root down to `dir` that is not a folder, if any. */
function firstNonFolder(dir: string): string | undefined {
  const resolved = path.resolve(dir);
  const parts: string[] = [];
  for (let p = resolved; ; p = path.dirname(p)) {
    parts.unshift(p);
    if (path.dirname(p) === p) break;
  }
  for (const p of parts) {
    let info;
    try {
      info = statSync(p, { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
    if (info === undefined) return undefined;
    // Named the way the user named the folder: relative stays relative.
    if (!info.isDirectory()) return path.isAbsolute(dir) ? p : path.relative(process.cwd(), p);
  }
  return undefined;
}
