// A report's files are replaced together or not at all: every file goes to a
// temporary name first, and only when all are on disk are they renamed.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';

// open() fails for the n-th temporary file when `failAt` is set: a full disk midway;
// rename() fails for the n-th file when `renameFailAt` is set: a file held open on Windows.
const fault = vi.hoisted(() => ({ failAt: 0, seen: 0, renameFailAt: 0, renames: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const open = (async (file: string, ...rest: unknown[]) => {
    if (fault.failAt > 0 && String(file).endsWith('.tmp') && ++fault.seen === fault.failAt) {
      throw Object.assign(new Error(`ENOSPC: no space left on device, open '${file}'`), { code: 'ENOSPC', syscall: 'open' });
    }
    return (fs.open as (...a: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.open;
  const rename = (async (from: string, to: string) => {
    if (fault.renameFailAt > 0 && ++fault.renames === fault.renameFailAt) {
      throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${from}'`), { code: 'EBUSY', syscall: 'rename' });
    }
    return fs.rename(from, to);
  }) as typeof fs.rename;
  return { ...fs, open, rename, default: { ...fs, open, rename } };
});

const { sweepTempFiles, writeArtifacts } = await import('../../src/write/atomic.js');

const root = mkdtempSync(path.join(tmpdir(), 'mr-atomic-'));
let n = 0;
const freshDir = () => path.join(root, `r${++n}`);
const names = ['r.pdf', 'r.xlsx', 'r-sample.pdf', 'r-excerpt.html'];
const artifacts = (tag: string) => names.map((name) => ({ name, bytes: Buffer.from(`${tag} ${name}`) }));
const contents = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));

afterEach(() => {
  Object.assign(fault, { failAt: 0, seen: 0, renameFailAt: 0, renames: 0 });
});

describe('writeArtifacts', () => {
  it('writes every file and reports their sizes', async () => {
    const dir = freshDir();
    const written = await writeArtifacts(dir, artifacts('new'));
    expect(written).toEqual(names.map((name) => ({ path: path.join(dir, name), bytes: `new ${name}`.length })));
    expect(contents(dir)).toEqual(Object.fromEntries(names.map((f) => [f, `new ${f}`]).sort()));
  });

  it('replaces nothing when the disk fills up on any file, and leaves no temporary file', async () => {
    for (let failAt = 1; failAt <= names.length; failAt++) {
      const dir = freshDir();
      await writeArtifacts(dir, artifacts('old'));
      const before = contents(dir);
      fault.failAt = failAt;
      fault.seen = 0;
      const e = await writeArtifacts(dir, artifacts('new')).catch((err: unknown) => err);
      expect(e, `failing at file ${failAt}`).toBeInstanceOf(UserError);
      expect((e as UserError).message).toBe(`cannot write to ${dir}: no space left on the device (ENOSPC)`);
      expect(contents(dir), `failing at file ${failAt}`).toEqual(before);
    }
  });

  it('leaves no temporary file when a rename fails midway, and names the error', async () => {
    const dir = freshDir();
    await writeArtifacts(dir, artifacts('old'));
    fault.renameFailAt = 3;
    const e = await writeArtifacts(dir, artifacts('new')).catch((err: unknown) => err);
    expect((e as UserError).message).toBe(`cannot write to ${dir}: a file there is in use by another program; close it and build again (EBUSY)`);
    // The first two are new, the rest old: the error says which file it stopped at.
    expect(contents(dir)).toEqual({ 'r-excerpt.html': 'old r-excerpt.html', 'r-sample.pdf': 'old r-sample.pdf', 'r.pdf': 'new r.pdf', 'r.xlsx': 'new r.xlsx' });
  });

  it('replaces nothing when a folder stands where the last file should go', async () => {
    const dir = freshDir();
    await writeArtifacts(dir, artifacts('old').slice(0, 3));
    mkdirSync(path.join(dir, 'r-excerpt.html'));
    const e = await writeArtifacts(dir, artifacts('new')).catch((err: unknown) => err);
    expect((e as UserError).message).toBe(`cannot write to ${dir}: ${path.join(dir, 'r-excerpt.html')} is a folder, not a file`);
    expect(readdirSync(dir).sort()).toEqual(['r-excerpt.html', 'r-sample.pdf', 'r.pdf', 'r.xlsx']);
    for (const f of ['r.pdf', 'r.xlsx', 'r-sample.pdf']) expect(readFileSync(path.join(dir, f), 'utf8')).toBe(`old ${f}`);
  });
});

describe('sweepTempFiles', () => {
  it('removes the temporary files of ended processes and keeps those of running ones', async () => {
    const dir = freshDir();
    mkdirSync(dir);
    // A process that has ended, and one that is still running.
    const ended = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => ended.on('exit', resolve));
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      const files = {
        ended: `r.pdf.${ended.pid}.1.tmp`,
        running: `r.pdf.${running.pid}.1.tmp`,
        mine: `r.pdf.${process.pid}.7.tmp`,
        report: 'r.pdf',
        lookalike: 'notes.1.tmp',
      };
      for (const f of Object.values(files)) writeFileSync(path.join(dir, f), 'x');
      await sweepTempFiles(dir, 'of-ended-processes');
      expect(readdirSync(dir).sort()).toEqual([files.lookalike, files.report, files.mine, files.running].sort());
      await sweepTempFiles(dir, 'all');
      expect(readdirSync(dir).sort()).toEqual([files.lookalike, files.report].sort());
      await sweepTempFiles(path.join(dir, 'missing'), 'all'); // nothing there: nothing to do
    } finally {
      running.kill();
    }
  });
});
