// Where a dataset's logo really is. The path must be relative and stay inside
// the data file's folder; and since a file inside can be a symbolic link to
// one outside, the check is made on the real path, after links are followed.
// Shared by validation and by the batch's main thread, so it imports nothing
// heavy (no zod).
import { realpathSync } from 'node:fs';
import path from 'node:path';

/** A logo path must be relative, with no way up and out of the data file's folder. */
export function isSafeRelativePath(p: string): boolean {
  if (p.length === 0 || p.includes('\\') || p.includes('\0')) return false;
  if (p.startsWith('/') || /^[a-zA-Z]:/.test(p) || /^[a-z][a-z0-9+.-]*:/i.test(p)) return false;
  return p.split('/').every((part) => part !== '..');
}

export type LogoLocation =
  /** The path itself could escape; validation reports it, and nothing is read. */
  | { readonly kind: 'unsafe' }
  /** Nothing there (or it cannot be resolved); `file` is where it was looked for. */
  | { readonly kind: 'missing'; readonly file: string }
  /** A link that leads outside the folder; `file` is where it leads. */
  | { readonly kind: 'outside'; readonly file: string }
  /** Inside the folder; `file` is the real path to read. */
  | { readonly kind: 'inside'; readonly file: string };

/** Resolves `logo` against the folder of `dataFile`, following links. Never throws. */
export function locateLogo(dataFile: string, logo: string): LogoLocation {
  if (!isSafeRelativePath(logo)) return { kind: 'unsafe' };
  const folder = realOrSelf(path.dirname(path.resolve(dataFile)));
  const lexical = path.resolve(folder, logo);
  let real: string;
  try {
    real = realpathSync(lexical);
  } catch {
    return { kind: 'missing', file: lexical };
  }
  if (!real.startsWith(`${folder}${path.sep}`)) return { kind: 'outside', file: real };
  return { kind: 'inside', file: real };
}

/** The folder itself may sit behind a link (a temp dir, a mounted share); compare real paths on both sides. */
function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
