// Reading a file a user named. Only a regular file is read: a FIFO or a device
// (/dev/zero) would be read for ever. The check is made on the open file, not
// on the name beforehand, so a file swapped for a pipe in between is caught
// too; opening does not wait for a pipe's writer (O_NONBLOCK).
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';

/** The error code for a pipe, a device or a socket; a folder gives EISDIR. */
export const NOT_REGULAR = 'not a regular file';
/** The error code for a file over the caller's size limit; the error's `size` says how large. */
export const TOO_LARGE = 'EFBIG';

export interface FileError extends NodeJS.ErrnoException {
  /** The file's size, for TOO_LARGE. */
  readonly size?: number;
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of `file`, which must be a regular file of at most `maxBytes`; otherwise throws a FileError with a code. */
export async function readRegularFile(file: string, maxBytes = Infinity): Promise<Buffer> {
  const handle = await open(file, FLAGS);
  try {
    check(file, await handle.stat(), maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** readRegularFile, for the batch's planner, which reads thousands of small files in one loop. */
export function readRegularFileSync(file: string, maxBytes = Infinity): Buffer {
  const fd = openSync(file, FLAGS);
  try {
    check(file, fstatSync(fd), maxBytes);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function check(file: string, info: { isFile(): boolean; isDirectory(): boolean; size: number }, maxBytes: number): void {
  if (!info.isFile()) throw fileError(file, info.isDirectory() ? 'EISDIR' : NOT_REGULAR);
  if (info.size > maxBytes) throw fileError(file, TOO_LARGE, info.size);
}

function fileError(file: string, code: string, size?: number): FileError {
  return Object.assign(new Error(`${file}: ${code}`), { code, path: file, ...(size !== undefined ? { size } : {}) });
}

/** The error code of something readRegularFile threw. */
export const codeOf = (e: unknown): string => String((e as NodeJS.ErrnoException)?.code ?? e);

/** Whether readRegularFile refused `e`'s file for what it is (a folder, a pipe, a device). */
export const isNotAFile = (e: unknown): boolean => ['EISDIR', NOT_REGULAR].includes(codeOf(e));
