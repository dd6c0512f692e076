// Reading a file a user named. Only a regular file is read: a FIFO or a device
// (/dev/zero) would be read for ever. The name is checked before it is opened
// (opening some devices has effects of its own), and the open file again, so
// a file swapped for a pipe in between is caught too; opening does not wait
// for a pipe's writer (O_NONBLOCK). With a size limit, no more than the limit
// is read, even from a file that grows or a pseudo-file that reports size 0.
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** The error code for a pipe, a device or a socket; a folder gives EISDIR. */
export const NOT_REGULAR = 'not a regular file';
/** The error code for a file over the caller's size limit (not an errno); the error's `size` says how large. */
export const TOO_LARGE = 'too large';

export interface FileError extends NodeJS.ErrnoException {
  /** The file's size, for TOO_LARGE. */
  readonly size?: number;
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of `file`, which must be a regular file of at most `maxBytes`; otherwise throws a FileError with a code. */
export async function readRegularFile(file: string, maxBytes = Infinity): Promise<Buffer> {
  check(file, await stat(file), maxBytes);
  const handle = await open(file, FLAGS);
  try {
    const info = await handle.stat();
    check(file, info, maxBytes);
    if (maxBytes === Infinity) return await handle.readFile();
    let buffer = firstBuffer(info.size, maxBytes);
    let length = 0;
    for (;;) {
      if (length === buffer.length) buffer = grown(file, buffer, maxBytes);
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) return buffer.subarray(0, length);
      length += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** readRegularFile, for the batch's planner, which reads thousands of small files in one loop. */
export function readRegularFileSync(file: string, maxBytes = Infinity): Buffer {
  check(file, statSync(file), maxBytes);
  const fd = openSync(file, FLAGS);
  try {
    const info = fstatSync(fd);
    check(file, info, maxBytes);
    if (maxBytes === Infinity) return readFileSync(fd);
    let buffer = firstBuffer(info.size, maxBytes);
    let length = 0;
    for (;;) {
      if (length === buffer.length) buffer = grown(file, buffer, maxBytes);
      const bytesRead = readSync(fd, buffer, length, buffer.length - length, length);
      if (bytesRead === 0) return buffer.subarray(0, length);
      length += bytesRead;
    }
  } finally {
    closeSync(fd);
  }
}

function check(file: string, info: Stats, maxBytes: number): void {
  if (!info.isFile()) throw fileError(file, info.isDirectory() ? 'EISDIR' : NOT_REGULAR);
  if (info.size > maxBytes) throw fileError(file, TOO_LARGE, info.size);
}

/** Room for the size the file reports and one byte more, which tells a file that grew past it. */
function firstBuffer(size: number, maxBytes: number): Buffer {
  return Buffer.alloc(Math.min(maxBytes + 1, Math.max(size + 1, 64 * 1024)));
}

/** A full buffer: twice the room, up to one byte past the limit; a buffer already past it means the file is too large. */
function grown(file: string, buffer: Buffer, maxBytes: number): Buffer {
  if (buffer.length > maxBytes) throw fileError(file, TOO_LARGE, buffer.length);
  const next = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
  buffer.copy(next);
  return next;
}

function fileError(file: string, code: string, size?: number): FileError {
  return Object.assign(new Error(`${file}: ${code}`), { code, path: file, ...(size !== undefined ? { size } : {}) });
}

/** The error code of something readRegularFile threw. */
export const codeOf = (e: unknown): string => String((e as NodeJS.ErrnoException)?.code ?? e);

/** Whether readRegularFile refused `e`'s file for what it is (a folder, a pipe, a device, a socket). */
export const isNotAFile = (e: unknown): boolean => ['EISDIR', NOT_REGULAR, 'ENXIO'].includes(codeOf(e));
