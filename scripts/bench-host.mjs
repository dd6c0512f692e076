// What this machine lets two workers gain, measured without the batch:
// `npm run bench` prints it beside the batch's speed-up, so that a speed-up
// below issue 8's 1.8x can be told apart as the host's or the batch's.
//
//  - the default report built over and over in one process alone, then in
//    two processes at once (no pool, no manifest, nothing shared): the most
//    any 2-worker batch of this workload can gain here;
//  - where `taskset` exists, a memory-streaming loop pinned to each CPU in
//    turn: on a virtual machine the CPUs need not be alike (one seen here
//    streamed memory at half the speed of the other), and a batch's second
//    worker then runs on the slower one.
//
// Run alone: `node scripts/bench-host.mjs` (after `npm run build`).
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '..');
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;

/**
 * `builds` default reports per process, alone and then two processes at
 * once, `rounds` times; returns the medians and the ratio of throughputs.
 */
export async function reportScaling({ builds = 8, rounds = 3, env = {} } = {}) {
  const solo = [];
  const pair = [];
  for (let r = 0; r < rounds; r++) {
    solo.push(await buildLoop(builds, env));
    const both = await Promise.all([buildLoop(builds, env), buildLoop(builds, env)]);
    pair.push(Math.max(...both));
  }
  const soloMs = median(solo);
  const pairMs = median(pair);
  // Two processes build 2 x builds reports in pairMs; one builds `builds` in soloMs.
  return { builds, soloMs, pairMs, ratio: (2 * soloMs) / pairMs };
}

/** Milliseconds one CPU takes to stream 64 MB ten times, per CPU; undefined without taskset. */
export function memoryStreamPerCpu(cpus = os.availableParallelism(), tries = 3) {
  if (spawnSync('taskset', ['-c', '0', 'true']).status !== 0) return undefined;
  const perCpu = [];
  for (let cpu = 0; cpu < cpus; cpu++) {
    const times = [];
    for (let i = 0; i < tries; i++) {
      const res = spawnSync('taskset', ['-c', String(cpu), process.execPath, here, '--stream'], { encoding: 'utf8' });
      if (res.status !== 0) return undefined;
      times.push(Number(res.stdout));
    }
    perCpu.push(median(times));
  }
  return perCpu;
}

function buildLoop(builds, env) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [here, '--build-loop', String(builds)], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.on('error', reject);
    proc.on('close', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`build loop exited with ${code}`))));
  });
}

/** In a child: two warm-up builds, then `builds` timed ones; prints their milliseconds. */
async function childBuildLoop(builds) {
  const { loadReportFromBytes } = await import(dist('load/index.js'));
  const { buildModel } = await import(dist('forecast/index.js'));
  const { createRenderer } = await import(dist('batch/render-adapter.js'));
  const file = path.join(root, 'data', 'medical-second-opinion.json');
  const bytes = await readFile(file);
  const renderer = await createRenderer();
  const once = async () => renderer.render(buildModel(loadReportFromBytes(bytes, file).value), file);
  for (let i = 0; i < 2; i++) await once();
  const t = performance.now();
  for (let i = 0; i < builds; i++) await once();
  process.stdout.write(String(performance.now() - t));
}

/** In a child: stream a 64 MB array ten times; prints the milliseconds. */
function childStream() {
  const a = new Float64Array(8 * 1024 * 1024).map((_, i) => i);
  let sum = 0;
  const t = performance.now();
  for (let pass = 0; pass < 10; pass++) for (let i = 0; i < a.length; i++) sum += a[i];
  const ms = performance.now() - t;
  if (sum < 0) throw new Error('unreachable'); // keeps the loop from being optimised away
  process.stdout.write(ms.toFixed(1));
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

if (process.argv[2] === '--build-loop') await childBuildLoop(Number(process.argv[3]));
else if (process.argv[2] === '--stream') childStream();
else if (process.argv[1] === here) {
  const perCpu = memoryStreamPerCpu();
  console.log(perCpu ? `memory stream (64 MB x 10) per CPU: ${perCpu.map((ms, i) => `cpu${i} ${ms.toFixed(0)} ms`).join(', ')}` : 'taskset not available');
  const s = await reportScaling();
  console.log(`default report x${s.builds}: one process ${s.soloMs.toFixed(0)} ms, two at once ${s.pairMs.toFixed(0)} ms: two do ${s.ratio.toFixed(2)}x the work of one`);
}
