// makeFolders: mkdir -p that ends with an error where Node's recursive mkdir spins.
import { existsSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFolders } from '../../src/write/folders.js';

const dir = mkdtempSync(path.join(tmpdir(), 'mr-folders-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

const code = (p: Promise<unknown>) => p.then(() => 'ok', (e: NodeJS.ErrnoException) => e.code);

describe('makeFolders', () => {
  it('makes every missing folder, and is a no-op for one that exists', async () => {
    const deep = path.join(dir, 'a', 'b', 'c');
    await makeFolders(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    await makeFolders(deep);
    await makeFolders(path.relative(process.cwd(), path.join(dir, 'a', 'b2')));
    expect(existsSync(path.join(dir, 'a', 'b2'))).toBe(true);
  });

  it('lets many writers make the same folders at once', async () => {
    const deep = path.join(dir, 'same', 'x', 'y', 'z');
    expect(await Promise.all(Array.from({ length: 12 }, () => code(makeFolders(deep))))).toEqual(Array(12).fill('ok'));
    expect(statSync(deep).isDirectory()).toBe(true);
  });

  it('fails where a file or a link to nowhere is in the way', async () => {
    const file = path.join(dir, 'file');
    writeFileSync(file, 'x');
    expect(await code(makeFolders(path.join(file, 'sub')))).toBe('ENOTDIR');
    const link = path.join(dir, 'dangling');
    symlinkSync(path.join(dir, 'nowhere'), link);
    expect(await code(makeFolders(link))).toBe('EEXIST');
    expect(await code(makeFolders(path.join(link, 'sub')))).toBe('EEXIST');
  });

  it.runIf(existsSync('/proc/self'))('fails, instead of spinning, where a folder refuses new entries (/proc)', async () => {
    expect(await code(makeFolders('/proc/market-report-test/sub'))).toBe('ENOENT');
  });
});
