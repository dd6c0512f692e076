// One report's failure, however violent, fails that report only: a renderer
// error, a worker that exits, a worker that throws outside any promise, a
// worker that never answers.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import { formatSummary } from '../../src/batch/summary.js';
import { catalogue, expectManifestTruthful, readManifestFile, removeScratch, scratch } from './helpers.js';

const TEST_WORKER = new URL('./fixtures/test-worker.mjs', import.meta.url);

async function mark(file: string, marker: string): Promise<string> {
  const json = JSON.parse(await readFile(file, 'utf8'));
  json.subtitle = `Edition ${marker}`;
  await writeFile(file, JSON.stringify(json, null, 2));
  return json.id as string;
}

describe('batch: failure isolation', () => {
  afterAll(removeScratch);

  it('records failed reports with their error, builds the rest, and recovers from dead workers', async () => {
    const root = await scratch('isolation');
    const data = path.join(root, 'data');
    const out = path.join(root, 'out');
    const files = await catalogue(data, 8, 21);
    const failing = {
      [await mark(files[1]!, 'BATCH-TEST-FAIL')]: /RenderError: chart renderer exploded/,
      [await mark(files[3]!, 'BATCH-TEST-EXIT')]: /WorkerCrash: .*exit code 3/,
      [await mark(files[5]!, 'BATCH-TEST-THROW')]: /WorkerCrash: .*uncaught in worker/,
    };

    const options = { inputs: [data], outDir: out, workers: 2, workerScript: TEST_WORKER };
    const result = await runBatch(options);
    expect(result.counts).toMatchObject({ total: 8, built: 5, failed: 3, invalid: 0 });
    for (const entry of result.manifest.reports) {
      if (failing[entry.id]) {
        expect(entry.status).toBe('failed');
        expect(`${entry.error?.name}: ${entry.error?.message}`).toMatch(failing[entry.id]!);
        expect(entry.files).toEqual([]);
      } else {
        expect(entry.status).toBe('built');
      }
    }
    const onDisk = await readManifestFile(out);
    expect(onDisk.reports.filter((e) => e.status === 'failed').map((e) => e.id).sort()).toEqual(Object.keys(failing).sort());
    expect(await expectManifestTruthful(out, onDisk)).toEqual([]);
    const summary = formatSummary(result);
    for (const id of Object.keys(failing)) expect(summary).toContain(`failed  ${id}`);

    // A failed report is not current: the next run tries it again (and only it).
    const again = await runBatch(options);
    expect(again.counts).toMatchObject({ built: 0, skipped: 5, failed: 3 });
  });

  it('fails a report whose worker never answers, and replaces that worker', async () => {
    const root = await scratch('hang');
    const data = path.join(root, 'data');
    const files = await catalogue(data, 3, 22);
    const hung = await mark(files[0]!, 'BATCH-TEST-HANG');
    // Generous next to a real build (a cold worker's first report takes seconds on a 2-core
    // machine, and took over 30 s once while eight other processes shared it), so only the
    // hung one times out.
    const result = await runBatch({ inputs: [data], outDir: path.join(root, 'out'), workers: 1, workerScript: TEST_WORKER, reportTimeoutMs: 60_000 });
    expect(result.counts).toMatchObject({ built: 2, failed: 1 });
    const entry = result.manifest.reports.find((r) => r.id === hung)!;
    expect(`${entry.error?.name}: ${entry.error?.message}`).toMatch(/WorkerCrash: .*Timeout: no answer after 60000 ms/);
  }, 240_000);
});
