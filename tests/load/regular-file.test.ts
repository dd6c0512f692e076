// Only regular files are read: a pipe or a device would be read for ever.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_REGULAR, readRegularFile, readRegularFileSync, TOO_LARGE } from '../../src/load/regular-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mr-regular-'));
const file = path.join(dir, 'a.json');
writeFileSync(file, '{"a": 1}');
mkdirSync(path.join(dir, 'folder'));
const fifo = path.join(dir, 'pipe.json');
const hasFifo = (() => {
  try {
    execFileSync('mkfifo', [fifo]);
    return true;
  } catch {
    return false;
  }
})();

const failure = (read: () => unknown) => {
  try {
    read();
  } catch (e) {
    return e as NodeJS.ErrnoException & { size?: number };
  }
  throw new Error('expected the read to fail');
};

describe.each([
  ['readRegularFile', (f: string, max?: number) => readRegularFile(f, max)],
  ['readRegularFileSync', (f: string, max?: number) => Promise.resolve().then(() => readRegularFileSync(f, max))],
])('%s', (_name, read) => {
  const code = async (f: string, max?: number) => (await read(f, max).then(() => undefined, (e: NodeJS.ErrnoException & { size?: number }) => e))!;

  it('reads a regular file, up to its size limit', async () => {
    expect((await read(file)).toString()).toBe('{"a": 1}');
    expect((await read(file, 8)).toString()).toBe('{"a": 1}');
    const tooLarge = await code(file, 7);
    expect([tooLarge.code, tooLarge.size]).toEqual([TOO_LARGE, 8]);
  });

  it('refuses a folder, a device and a pipe without waiting for a writer', async () => {
    expect((await code(path.join(dir, 'folder'))).code).toBe('EISDIR');
    if (existsSync('/dev/zero')) expect((await code('/dev/zero')).code).toBe(NOT_REGULAR);
    if (hasFifo) expect((await code(fifo)).code).toBe(NOT_REGULAR); // would block for ever if opened to wait
    expect((await code(path.join(dir, 'missing'))).code).toBe('ENOENT');
  });
});

it.runIf(existsSync('/proc/self/status'))('reads a pseudo-file that says its size is 0, and no more than the limit', async () => {
  expect((await readRegularFile('/proc/self/status')).toString()).toMatch(/^Name:/);
  for (const read of [() => readRegularFile('/proc/self/status', 10), async () => readRegularFileSync('/proc/self/status', 10)]) {
    const e = await read().then(() => undefined, (err: NodeJS.ErrnoException & { size?: number }) => err);
    expect(e?.code).toBe(TOO_LARGE);
    expect(e?.size).toBe(11); // stopped one byte past the limit
  }
  // A pseudo-file longer than the first buffer (64 KB), read whole.
  const smaps = '/proc/self/smaps';
  if (existsSync(smaps)) expect((await readRegularFile(smaps, 5 << 20)).toString()).toMatch(/\nVmFlags:[^\n]*\n$/);
  const big = path.join(dir, 'big.json');
  writeFileSync(big, 'x'.repeat(200_000));
  expect((await readRegularFile(big, 300_000)).length).toBe(200_000);
  expect(readRegularFileSync(big, 300_000).length).toBe(200_000);
});

it.runIf(existsSync('/dev/null'))('names the failure the way the callers print it', () => {
  expect(failure(() => readRegularFileSync('/dev/null')).message).toBe(`/dev/null: ${NOT_REGULAR}`);
});
