// kill -9 partway through a batch, more than once: every file left is complete,
// the manifest never vouches for a file that is not there, and the run after
// builds exactly what is missing and ends byte for byte equal to a clean build.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { Manifest } from '../../src/batch/types.js';
import { LOCK_NAME } from '../../src/write/lock.js';
import { catalogue, expectManifestTruthful, listFiles, readManifestFile, removeScratch, scratch, sha256 } from './helpers.js';

const RUNNER = fileURLToPath(new URL('./run-batch.mjs', import.meta.url));
const TEST_WORKER = fileURLToPath(new URL('./fixtures/test-worker.mjs', import.meta.url));
const REPORTS = 6;
const TEMP_NAME = /\.\d+\.\d+\.tmp$/;

interface Run {
  readonly killed: boolean;
  readonly code: number | null;
  readonly stdout: string;
}

/** Runs a batch in its own process; SIGKILLs it `extraMs` after it has built `killAfter` reports (never, if undefined). */
function runBatchProcess(data: string, out: string, killAfter?: number, extraMs = 0): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RUNNER, '--out', out, data], {
      env: { ...process.env, BATCH_WORKER_SCRIPT: TEST_WORKER, BATCH_TEST_DELAY_MS: '60', BATCH_WORKERS: '2' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let killing = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      // The runner prints a progress line per finished report: "batch: k/N reports (built b, ...".
      const built = Math.max(0, ...[...stderr.matchAll(/\(built (\d+),/g)].map((m) => Number(m[1])));
      if (killAfter !== undefined && !killing && built >= killAfter) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ killed: signal === 'SIGKILL', code, stdout: stdout + stderr }));
  });
}

/** Every final-named file is complete (equal to the clean build's); temporary files and the killed run's lock are the only others. */
async function expectOnlyCompleteFiles(out: string, clean: string): Promise<void> {
  for (const rel of await listFiles(out)) {
    if (rel === 'manifest.json' || rel === LOCK_NAME) continue; // a lock left by a killed run is taken over by the next
    if (TEMP_NAME.test(rel)) continue; // a write cut short: named so that it cannot pass for a deliverable
    expect(await readFile(path.join(out, rel)), rel).toEqual(await readFile(path.join(clean, rel)));
  }
}

/** Reports the manifest says are done and whose files are all there: the next run must skip exactly these. */
async function completeReports(out: string, manifest: Manifest | undefined): Promise<Set<string>> {
  const done = new Set<string>();
  for (const r of manifest?.reports ?? []) {
    if (r.status !== 'built' && r.status !== 'skipped') continue;
    const ok = await Promise.all(r.files.map(async (f) => sha256(await readFile(path.join(out, f.name))) === f.sha256));
    if (ok.every(Boolean)) done.add(r.id);
  }
  return done;
}

describe('batch: interrupted by SIGKILL', () => {
  afterAll(removeScratch);

  it('leaves only complete files and resumes to the same bytes as a clean build', async () => {
    const root = await scratch('kill');
    const data = path.join(root, 'data');
    const out = path.join(root, 'out');
    const clean = path.join(root, 'clean');
    await catalogue(data, REPORTS, 31);
    const reference = await runBatch({ inputs: [data], outDir: clean, workers: 2 });
    expect(reference.counts.built).toBe(REPORTS);

    // Kill three times at different points; each time check what is on disk.
    let killedRuns = 0;
    for (const [after, extra] of [[2, 0], [2, 25], [1, 45]] as const) {
      const run = await runBatchProcess(data, out, after, extra);
      if (run.killed) killedRuns += 1;
      // A killed run cannot remove its lock; the next run must take it over, not refuse.
      if (run.killed) expect(existsSync(path.join(out, LOCK_NAME))).toBe(true);
      expect(run.stdout).not.toMatch(/is being written by another market-report batch/);
      await expectOnlyCompleteFiles(out, clean);
      const manifest = await readManifestFile(out).catch(() => undefined);
      if (manifest) expect(await expectManifestTruthful(out, manifest)).toEqual([]);
    }
    expect(killedRuns).toBeGreaterThan(0); // otherwise this test proved nothing

    // The run after: builds exactly the reports not recorded complete.
    const before = await readManifestFile(out).catch(() => undefined);
    const done = await completeReports(out, before);
    const final = await runBatchProcess(data, out);
    expect(final.code, final.stdout).toBe(0);
    const manifest = await readManifestFile(out);
    const built = manifest.reports.filter((r) => r.status === 'built').map((r) => r.id).sort();
    const expected = reference.manifest.reports.map((r) => r.id).filter((id) => !done.has(id)).sort();
    expect(built).toEqual(expected);

    // Same files, same bytes, same manifest (statuses and build times aside), nothing temporary left, no lock.
    const files = await listFiles(out);
    expect(files).toEqual(await listFiles(clean));
    for (const rel of files.filter((f) => f !== 'manifest.json')) {
      expect(await readFile(path.join(out, rel)), rel).toEqual(await readFile(path.join(clean, rel)));
    }
    const strip = (m: Manifest) => m.reports.map(({ buildMs: _b, status: _s, ...rest }) => rest);
    expect(strip(manifest)).toEqual(strip(await readManifestFile(clean)));
  }, 600_000); // real renders: a clean build, three killed runs and a resume
});
