// renderOptions.chartCacheDir, the batch's one render option (library callers
// only: no command sets it): the workers' chart cache keeps what it draws in
// that folder too, and a build that reads its charts from there writes the
// same bytes as one that draws them.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { Manifest } from '../../src/batch/types.js';
import { catalogue, removeScratch, scratch } from './helpers.js';

const fileHashes = (manifest: Manifest) => manifest.reports.flatMap((r) => r.files.map((f) => `${f.name} ${f.sha256}`));

describe('batch: renderOptions.chartCacheDir', () => {
  afterAll(removeScratch);

  it('fills the folder with the charts drawn, and gives the same deliverables cold, warm and without it', async () => {
    const root = await scratch('chart-cache');
    const data = path.join(root, 'data');
    const charts = path.join(root, 'charts');
    await catalogue(data, 1, 7);
    const run = (out: string, renderOptions = {}) => runBatch({ inputs: [data], outDir: path.join(root, out), workers: 1, force: true, renderOptions });

    const plain = await run('plain');
    const cold = await run('cold', { chartCacheDir: charts });
    const cached = (await readdir(charts)).sort();
    expect(cached.filter((f) => /^[0-9a-f]{64}\.svg$/.test(f)).length).toBeGreaterThan(5);
    expect(cached.filter((f) => /^[0-9a-f]{64}\.png$/.test(f)).length).toBeGreaterThan(5);
    const warm = await run('warm', { chartCacheDir: charts });
    expect((await readdir(charts)).sort()).toEqual(cached); // every chart came from the folder

    expect(plain.counts.built).toBe(1);
    expect(fileHashes(cold.manifest)).toEqual(fileHashes(plain.manifest));
    expect(fileHashes(warm.manifest)).toEqual(fileHashes(plain.manifest));
  }, 300_000); // three batch runs with real renders
});
