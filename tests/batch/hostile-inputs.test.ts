// Inputs a careless user or a damaged disk hands the batch: files that start
// with a byte-order mark, things that are not files, a manifest edited by
// hand, a --workers value Number() would take. Each is a message or a
// rebuild, never a crash, a hang or two reports in one folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { computeFingerprint } from '../../src/batch/fingerprint.js';
import { readManifest } from '../../src/batch/manifest.js';
import { batchCommand, parseWorkers } from '../../src/cli/batch.js';
import { UserError } from '../../src/errors.js';
import { addTemplateFolder } from '../../src/narrative/template-sources.js';
import { loadOutlineFile } from '../../src/outline/load.js';
import { writeAtomic } from '../../src/write/atomic.js';
import { defaultRaw } from '../fixtures.js';
import { captureIO, removeScratch, scratch } from './helpers.js';

const TEST_WORKER = new URL('./fixtures/test-worker.mjs', import.meta.url);
const BIN = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
const canMakeFifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--help']).status === 0;

afterAll(removeScratch);

async function datasetFile(file: string, change: (d: Record<string, any>) => void, prefix = ''): Promise<string> {
  const d = defaultRaw();
  change(d);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, prefix + JSON.stringify(d, null, 2));
  return file;
}

describe('batch: hostile inputs', () => {
  it('reads the id of a file that starts with a byte-order mark, so two files with one id never share a folder', async () => {
    const root = await scratch('hostile');
    const data = path.join(root, 'data');
    await datasetFile(path.join(data, 'one.json'), (d) => (d.id = 'shared-id'), '\uFEFF');
    await datasetFile(path.join(data, 'two.json'), (d) => (d.id = 'shared-id'), '\uFEFF');
    const result = await runBatch({ inputs: [data], outDir: path.join(root, 'out'), workers: 1, workerScript: TEST_WORKER });
    expect(result.counts).toMatchObject({ built: 1, invalid: 1 });
    const second = result.manifest.reports.find((r) => r.source.endsWith('two.json'))!;
    expect(second.status).toBe('invalid');
    expect(second.problems?.[0]).toEqual({ path: 'id', message: expect.stringMatching(/id "shared-id" is also the id of .*one\.json/) });
  }, 60_000);

  it.runIf(existsSync('/dev/zero'))('lists a device named as a dataset as not a regular file instead of reading it forever', async () => {
    const root = await scratch('hostile');
    const result = await runBatch({ inputs: ['/dev/zero'], outDir: path.join(root, 'out'), workers: 1, workerScript: TEST_WORKER });
    expect(result.manifest.reports).toMatchObject([{ status: 'invalid', problems: [{ path: '(root)', message: 'is not a regular file' }] }]);
  });

  it.runIf(canMakeFifo)('lists a logo that is a pipe instead of waiting for a writer that never comes', async () => {
    const root = await scratch('hostile');
    const data = path.join(root, 'data');
    await datasetFile(path.join(data, 'piped.json'), (d) => (d.publisher.logo = 'logo.png'));
    expect(spawnSync('mkfifo', [path.join(data, 'logo.png')]).status).toBe(0);
    const result = await runBatch({ inputs: [data], outDir: path.join(root, 'out'), workers: 1, workerScript: TEST_WORKER });
    expect(result.manifest.reports).toMatchObject([{ status: 'invalid', problems: [{ path: 'publisher.logo', message: 'logo logo.png is not a regular file (a folder, a pipe or a device)' }] }]);
  });

  it('takes a manifest with a damaged entry as unreadable (rebuild all), whatever the damage', async () => {
    const root = await scratch('hostile');
    const good = { id: 'a', source: 'data/a.json', status: 'built', hash: 'h', files: [{ name: 'a/a.pdf', bytes: 3, sha256: 's' }] };
    const damaged: unknown[] = [
      null,
      { ...good, files: undefined },
      { ...good, files: [{ name: null, bytes: 3, sha256: 's' }] },
      { ...good, files: [{ name: '../../etc/passwd', bytes: 3, sha256: 's' }] },
      { ...good, files: [{ name: '/etc/passwd', bytes: 3, sha256: 's' }] },
      { ...good, files: [{ name: 'a/a.pdf', bytes: '3', sha256: 's' }] },
      { ...good, status: 'done' },
      { ...good, id: 7 },
      { ...good, hash: 1 },
      { ...good, problems: [{ path: 'id' }] },
      { ...good, error: 'boom' },
    ];
    const write = (reports: unknown[]) => writeFile(path.join(root, 'manifest.json'), JSON.stringify({ manifestVersion: 1, product: 'p', fingerprint: 'f', reports }));
    await write([good]);
    expect(await readManifest(root)).toMatchObject({ unreadable: false, manifest: { reports: [good] } });
    for (const entry of damaged) {
      await write([good, entry]);
      expect(await readManifest(root), JSON.stringify(entry)).toEqual({ unreadable: true });
    }
    await writeFile(path.join(root, 'manifest.json'), 'null');
    expect(await readManifest(root)).toEqual({ unreadable: true });
  });

  it('rebuilds, with a warning, over a manifest whose entry would have crashed the planner', async () => {
    const root = await scratch('hostile');
    const data = path.join(root, 'data');
    const out = path.join(root, 'out');
    await datasetFile(path.join(data, 'a.json'), (d) => (d.id = 'alpha-report'));
    const options = { inputs: [data], outDir: out, workers: 1, workerScript: TEST_WORKER };
    expect((await runBatch(options)).counts).toMatchObject({ built: 1 });
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    manifest.reports.push(null);
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest));
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      expect((await runBatch(options)).counts).toMatchObject({ built: 1, failed: 0 });
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.join('\n')).toMatch(/manifest\.json is not a manifest this version can read; rebuilding every report/);
    // The CLI says it in its own voice, not in Node's "(node:PID) Warning:" format.
    await writeFile(path.join(out, 'manifest.json'), '{"reports": 7}');
    const cap = captureIO();
    process.on('warning', onWarning);
    try {
      expect(await batchCommand([data, '--out', out, '--workers', '1'], cap.io)).toBe(0);
    } finally {
      process.off('warning', onWarning);
    }
    expect(cap.stderr()).toContain(`market-report: warning: ${path.join(out, 'manifest.json')} is not a manifest this version can read; rebuilding every report\n`);
    expect(warnings).toHaveLength(1);
  }, 60_000);
});

describe('batch --workers', () => {
  it('takes digits from 1 to 4 per core, and nothing Number() would also take', () => {
    expect(parseWorkers('1', 2)).toBe(1);
    expect(parseWorkers('8', 2)).toBe(8);
    for (const bad of ['0', '-1', '9', '1e3', '0x2', ' 2', '2 ', '1.0', '', 'abc', '99999999999999999999']) {
      const e = (() => {
        try {
          return parseWorkers(bad, 2);
        } catch (err) {
          return err;
        }
      })();
      expect(e, bad).toBeInstanceOf(UserError);
      expect((e as UserError).exitCode).toBe(2);
      expect((e as UserError).message).toBe(`batch: --workers must be a whole number from 1 to 8 (4 per core; this machine has 2), not "${bad}"`);
    }
    expect(parseWorkers(String(4 * os.availableParallelism()))).toBe(4 * os.availableParallelism());
  });
});

describe('a reader that goes away', () => {
  it.runIf(process.platform !== 'win32')('does not crash the command (EPIPE): the work is done and the exit code is kept', async () => {
    // stdout is a pipe whose reading end is closed at once; `schema` prints a large JSON Schema to it.
    const child = spawn(process.execPath, [BIN, 'schema'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('what options name', () => {
  it('names the option when the outline or a template cannot be read', async () => {
    const root = await scratch('hostile');
    const fingerprint = (o: object) => computeFingerprint({ renderOptions: {}, ...o });
    await expect(fingerprint({ outlineFile: path.join(root, 'missing.json') })).rejects.toThrow(new UserError(`--outline ${path.join(root, 'missing.json')}: not found`));
    await expect(fingerprint({ outlineFile: root })).rejects.toThrow(new UserError(`--outline ${root}: cannot be read (it is a folder)`));
    // A device is refused, not read for ever (build's outline reader and the batch's hash alike).
    if (existsSync('/dev/zero')) {
      await expect(fingerprint({ outlineFile: '/dev/zero' })).rejects.toThrow(new UserError('--outline /dev/zero: cannot be read (not a regular file)'));
      await expect(loadOutlineFile('/dev/zero')).rejects.toThrow(new UserError('--outline /dev/zero: cannot be read (not a regular file)'));
    }
    const templates = path.join(root, 'templates');
    await mkdir(path.join(templates, 'report', 'findings.hbs'), { recursive: true });
    const sources = new Map();
    const e = await addTemplateFolder(sources, path.join(templates, 'report'), true).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toBe(`templates file ${path.join(templates, 'report', 'findings.hbs')} cannot be read (it is a folder)`);
    if (canMakeFifo) {
      // A pipe named like a template: refused, not waited on for ever.
      await mkdir(path.join(templates, 'excerpt'), { recursive: true });
      spawnSync('mkfifo', [path.join(templates, 'excerpt', 'page.hbs')]);
      const pipe = await addTemplateFolder(new Map(), path.join(templates, 'excerpt'), true).catch((err: unknown) => err);
      expect((pipe as UserError).message).toBe(`templates file ${path.join(templates, 'excerpt', 'page.hbs')} cannot be read (not a regular file)`);
    }
  });

  it('calls a loop of links in --out a loop, not a bug', async () => {
    const root = await scratch('hostile');
    symlinkSync(path.join(root, 'l2'), path.join(root, 'l1'));
    symlinkSync(path.join(root, 'l1'), path.join(root, 'l2'));
    const e = await writeAtomic(path.join(root, 'l1', 'r', 'a.pdf'), Buffer.from('x')).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toBe(`cannot write to ${path.join(root, 'l1', 'r')}: its path goes round a loop of symbolic links (ELOOP)`);
  });
});
