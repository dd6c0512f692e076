// A dataset's logo is an input of its report: new logo bytes rebuild it, a missing logo makes it invalid.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { tinyPng } from '../fixtures.js';
import { catalogue, removeScratch, scratch } from './helpers.js';

describe('batch: logos', () => {
  afterAll(removeScratch);

  it('rebuilds on a logo change and reports a missing logo as invalid', async () => {
    const root = await scratch('logo');
    const data = path.join(root, 'data');
    const out = path.join(root, 'out');
    const [withLogo] = await catalogue(data, 2, 41);
    const json = JSON.parse(await readFile(withLogo!, 'utf8'));
    json.publisher.logo = 'logo.png';
    await writeFile(withLogo!, JSON.stringify(json, null, 2));
    await writeFile(path.join(data, 'logo.png'), tinyPng([10, 20, 30]));
    const opts = { inputs: [data], outDir: out, workers: 1 };

    expect((await runBatch(opts)).counts).toMatchObject({ built: 2, invalid: 0 });
    expect((await runBatch(opts)).counts).toMatchObject({ built: 0, skipped: 2 });

    await writeFile(path.join(data, 'logo.png'), tinyPng([200, 20, 30]));
    const changed = await runBatch(opts);
    expect(changed.manifest.reports.filter((r) => r.status === 'built').map((r) => r.id)).toEqual([json.id]);

    await rm(path.join(data, 'logo.png'));
    const missing = await runBatch(opts);
    const entry = missing.manifest.reports.find((r) => r.id === json.id)!;
    expect(entry.status).toBe('invalid');
    expect(entry.problems).toEqual([expect.objectContaining({ path: 'publisher.logo', message: expect.stringContaining('logo.png') })]);
  }, 300_000); // four batch runs with real renders
});
