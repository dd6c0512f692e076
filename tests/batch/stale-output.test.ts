// A report that stops being current loses the deliverables an earlier run
// wrote for it: the output folder never holds files the manifest does not list
// as current. Only the files the manifest listed go; a user's file stays.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { removeStale } from '../../src/batch/stale.js';
import { formatSummary } from '../../src/batch/summary.js';
import type { Manifest } from '../../src/batch/types.js';
import { batchCommand } from '../../src/cli/batch.js';
import { captureIO, catalogue, expectManifestTruthful, listFiles, readManifestFile, removeScratch, scratch } from './helpers.js';

const TEST_WORKER = new URL('./fixtures/test-worker.mjs', import.meta.url);

async function edit(file: string, change: (json: Record<string, any>) => void): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8'));
  change(json);
  await writeFile(file, JSON.stringify(json, null, 2));
}

const filesOf = (m: Manifest, id: string) => m.reports.find((r) => r.id === id)!.files.map((f) => f.name);

/** Two built reports; returns the first's id, its dataset's original text, and the first manifest. */
async function builtPair(name: string) {
  const root = await scratch(name);
  const data = path.join(root, 'data');
  const out = path.join(root, 'out');
  const [first, second] = await catalogue(data, 2, 41);
  const original = await readFile(first!, 'utf8');
  const id = JSON.parse(original).id as string;
  const result = await runBatch({ inputs: [data], outDir: out, workers: 2, workerScript: TEST_WORKER });
  expect(result.counts.built).toBe(2);
  return { data, out, first: first!, second: second!, id, original, manifest: result.manifest };
}

describe('batch: stale output of reports that are no longer current', () => {
  afterAll(removeScratch);

  it('removes exactly the listed files of a report that turned invalid, keeps a user file, and rebuilds once fixed', async () => {
    const { data, out, first, id, original, manifest } = await builtPair('stale-invalid');
    const listed = filesOf(manifest, id);
    expect(listed.length).toBeGreaterThan(0);
    const otherFiles = manifest.reports.filter((r) => r.id !== id).flatMap((r) => r.files);
    await writeFile(path.join(out, id, 'my-notes.txt'), 'kept by the user');

    await edit(first, (json) => (json.title = 'TBD Market'));
    const cap = captureIO();
    expect(await batchCommand([data, '--out', out, '--workers', '2'], cap.io)).toBe(1);
    const after = await readManifestFile(out);
    expect(after.reports.find((r) => r.id === id)).toMatchObject({ status: 'invalid', files: [] });
    for (const name of listed) expect(existsSync(path.join(out, name)), name).toBe(false);
    expect(await readFile(path.join(out, id, 'my-notes.txt'), 'utf8')).toBe('kept by the user');
    expect(cap.stdout()).toContain(`removed stale output of ${id} (invalid): ${listed.length} files`);
    // The other report is untouched and still listed.
    expect(await expectManifestTruthful(out, after)).toEqual([]);
    expect(after.reports.filter((r) => r.id !== id).flatMap((r) => r.files)).toEqual(otherFiles);

    // Nothing left to remove: the next run says nothing of it.
    const again = captureIO();
    await batchCommand([data, '--out', out, '--workers', '2'], again.io);
    expect(again.stdout()).not.toContain('removed stale output');

    // Fixed: built again, the same bytes as before.
    await writeFile(first, original);
    const fixed = await runBatch({ inputs: [data], outDir: out, workers: 2 });
    expect(fixed.counts).toMatchObject({ built: 1, skipped: 1, invalid: 0 });
    expect(fixed.removed).toEqual([]);
    expect(filesOf(fixed.manifest, id)).toEqual(listed);
    expect(fixed.manifest.reports.find((r) => r.id === id)!.files).toEqual(manifest.reports.find((r) => r.id === id)!.files);
    expect(await expectManifestTruthful(out, fixed.manifest)).toEqual([]);
  }, 240_000);

  it('removes the earlier files of a report whose build failed (and its emptied folder); the next run rebuilds it', async () => {
    const { data, out, first, id, original, manifest } = await builtPair('stale-failed');
    await edit(first, (json) => (json.subtitle = 'Edition BATCH-TEST-FAIL'));
    const result = await runBatch({ inputs: [data], outDir: out, workers: 2, workerScript: TEST_WORKER });
    expect(result.counts).toMatchObject({ failed: 1, skipped: 1 });
    expect(existsSync(path.join(out, id))).toBe(false);
    expect(result.removed).toEqual([{ id, source: first.split(path.sep).join('/'), reason: 'failed', files: filesOf(manifest, id) }]);
    expect(formatSummary(result)).toContain(`removed stale output of ${id} (failed)`);

    await writeFile(first, original);
    const rerun = await runBatch({ inputs: [data], outDir: out, workers: 2 });
    expect(rerun.counts).toMatchObject({ built: 1, skipped: 1 });
    expect(await expectManifestTruthful(out, rerun.manifest)).toEqual([]);
  }, 240_000);

  it('removes the output of a dataset no longer among the inputs, and says so in --json', async () => {
    const { data, out, second, manifest } = await builtPair('stale-dropped');
    const gone = manifest.reports.find((r) => r.source === second.split(path.sep).join('/'))!;
    await rm(second);
    const cap = captureIO();
    expect(await batchCommand([data, '--out', out, '--json'], cap.io)).toBe(0);
    expect(existsSync(path.join(out, gone.id))).toBe(false);
    const json = JSON.parse(cap.stdout());
    expect(json.removed).toEqual([{ id: gone.id, source: gone.source, reason: 'not in the inputs', files: gone.files.map((f) => f.name) }]);
    expect((await readManifestFile(out)).reports.map((r) => r.id)).not.toContain(gone.id);
  }, 240_000);

  it('removes the old folder of a report whose id changed', async () => {
    const { data, out, first, id, manifest } = await builtPair('stale-renamed');
    await edit(first, (json) => (json.id = `${id}-v2`));
    const result = await runBatch({ inputs: [data], outDir: out, workers: 2 });
    expect(result.counts.built).toBe(1);
    expect(existsSync(path.join(out, id))).toBe(false);
    expect(result.removed).toMatchObject([{ id: `${id}-v2`, reason: 'not written by its new build', files: filesOf(manifest, id) }]);
    expect(await expectManifestTruthful(out, result.manifest)).toEqual([]);
  }, 240_000);

  it('converges after a kill that left the report pending: the next run still removes its earlier files', async () => {
    const { data, out, first, id, manifest } = await builtPair('stale-killed');
    // What a run killed after its first manifest write leaves: the report pending, still naming its earlier files.
    const killed = { ...manifest, reports: manifest.reports.map((r) => (r.id === id ? { id, source: r.source, status: 'pending', files: r.files } : r)) };
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(killed, null, 2));
    await edit(first, (json) => (json.title = 'TBD Market'));
    const result = await runBatch({ inputs: [data], outDir: out, workers: 2 });
    expect(existsSync(path.join(out, id))).toBe(false);
    expect(result.removed.map((r) => [r.id, r.reason])).toEqual([[id, 'invalid']]);
  }, 240_000);
});

describe('batch: removing stale output touches only report files', () => {
  afterAll(removeScratch);

  it('never removes a name that is not "<id>/<file>" (the manifest, the lock, "./x"), nor a folder another report owns', async () => {
    const out = await scratch('stale-names');
    const names = ['manifest.json', '.market-report.lock', 'a/x.pdf', 'a/x.pdf.123.4.tmp', 'a/notes.txt', 'b/y.pdf', 'c/z.pdf'];
    for (const n of names) {
      await mkdir(path.dirname(path.join(out, n)), { recursive: true });
      await writeFile(path.join(out, n), n);
    }
    const file = (name: string) => ({ name, bytes: 1, sha256: 'x' });
    const ctx = { outDir: out, previousBySource: new Map(), liveFolders: new Map([['b', 'other.json']]), warn: () => undefined };
    const listed = ['manifest.json', './manifest.json', '.market-report.lock', 'a/x.pdf', 'b/y.pdf', 'c/z.pdf'].map(file);
    const removed = await removeStale(ctx, { id: 'a', source: 'a.json', reason: 'invalid' }, listed, [file('c/z.pdf')]);
    expect(removed).toEqual({ id: 'a', source: 'a.json', reason: 'invalid', files: ['a/x.pdf'] });
    // The deliverable and its temporary file went; the kept one, another report's and the user's stay.
    expect(await listFiles(out)).toEqual(['.market-report.lock', 'a/notes.txt', 'b/y.pdf', 'c/z.pdf', 'manifest.json']);
  });
});
