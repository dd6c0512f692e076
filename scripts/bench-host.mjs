// What this machine lets N workers gain, measured without the worker pool:
// `npm run bench` prints it beside the batch's speed-up, so that a speed-up
// below issue 8's 1.8x can be told apart as the host's or the batch's.
//
//  - the same generated reports built by a 1-worker batch in one process
//    alone, then by N such processes at once (each its own output folder,
//    nothing shared but the machine): the most any N-worker batch of this
//    workload can gain here. Times are each process's whole life, start to
//    exit, as the parent sees them.
//  - where `taskset` exists, a memory-bound loop (one read per 64-byte cache
//    line over 256 MB) pinned to each CPU in turn: on a virtual machine the
//    CPUs need not be alike (one seen here read memory at half the speed of
//    the other), and a batch's second worker then runs on the slower one.
//
// Run alone: `node scripts/bench-host.mjs [reports]` (after `npm run build`).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeCatalogue } from './generate-catalogue.mjs';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;

/**
 * `reports` generated reports (seed 2) built by a 1-worker batch in one
 * process, then in `processes` processes at once, `rounds` times; returns the
 * medians and the ratio of throughputs.
 */
export async function independentScaling({ reports = 6, processes = 2, rounds = 3, env = {} } = {}) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'market-report-host-'));
  try {
    const data = path.join(tmp, 'data');
    await writeCatalogue(data, reports, 2);
    let run = 0;
    const once = () => batchLoop(data, path.join(tmp, `out-${run++}`), env);
    const solo = [];
    const together = [];
    for (let r = 0; r < rounds; r++) {
      solo.push(await once());
      together.push(Math.max(...(await Promise.all(Array.from({ length: processes }, once)))));
    }
    const soloMs = median(solo);
    const togetherMs = median(together);
    // `processes` processes build `processes` x reports in togetherMs; one builds `reports` in soloMs.
    return { reports, processes, soloMs, togetherMs, ratio: (processes * soloMs) / togetherMs };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Milliseconds of the memory-bound loop pinned to each CPU (median of `tries`); undefined without taskset. */
export function memoryReadPerCpu(cpus = os.availableParallelism(), tries = 3) {
  if (spawnSync('taskset', ['-c', '0', 'true']).status !== 0) return undefined;
  const perCpu = [];
  for (let cpu = 0; cpu < cpus; cpu++) {
    const times = [];
    for (let i = 0; i < tries; i++) {
      const res = spawnSync('taskset', ['-c', String(cpu), process.execPath, here, '--memory'], { encoding: 'utf8' });
      if (res.status !== 0) return undefined;
      times.push(Number(res.stdout));
    }
    perCpu.push(median(times));
  }
  return perCpu;
}

/** One 1-worker batch in a fresh process, start to exit, in ms. */
function batchLoop(data, outDir, env) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [here, '--batch', data, outDir], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
    proc.on('error', reject);
    proc.on('close', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`batch process exited with ${code}`))));
  });
}

async function childBatch(data, outDir) {
  const { runBatch } = await import(dist('batch/index.js'));
  const result = await runBatch({ inputs: [data], outDir, workers: 1, force: true });
  if (result.counts.built !== result.counts.total) throw new Error(`built ${result.counts.built} of ${result.counts.total}`);
}

/** One read per 64-byte line of a 256 MB array, four passes; prints the milliseconds. */
function childMemory() {
  const a = new Float64Array(32 * 1024 * 1024);
  for (let i = 0; i < a.length; i += 8) a[i] = i;
  let sum = 0;
  const t = performance.now();
  for (let pass = 0; pass < 4; pass++) for (let i = pass; i < a.length; i += 8) sum += a[i];
  const ms = performance.now() - t;
  if (sum < 0) throw new Error('unreachable'); // keeps the loop from being optimised away
  process.stdout.write(ms.toFixed(1));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

if (process.argv[2] === '--batch') await childBatch(process.argv[3], process.argv[4]);
else if (process.argv[2] === '--memory') childMemory();
else if (process.argv[1] === here) {
  const perCpu = memoryReadPerCpu();
  console.log(perCpu ? `memory reads (256 MB, a line apart) per CPU: ${perCpu.map((ms, i) => `cpu${i} ${ms.toFixed(0)} ms`).join(', ')}` : 'taskset not available');
  const s = await independentScaling({ reports: Number(process.argv[2] ?? 6) });
  console.log(`${s.reports} reports by a 1-worker batch: one process ${s.soloMs.toFixed(0)} ms, ${s.processes} at once ${s.togetherMs.toFixed(0)} ms: ${s.processes} do ${s.ratio.toFixed(2)}x the work of one`);
}
