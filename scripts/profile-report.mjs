#!/usr/bin/env node
// node [--cpu-prof --cpu-prof-dir=/tmp/perf] scripts/profile-report.mjs [N] [--fresh-charts] [--ab]
//
// Builds the default report N times warm against dist/ (run `npm run build`
// first) and prints per-stage medians.
//   --fresh-charts  a new chart renderer (empty chart cache) for every run, as
//                   every report of a catalogue sees;
//   --ab            alternates runs with MARKET_REPORT_PDF_CACHE=off ("old")
//                   and on ("new") in this one process, prints both columns and
//                   checks that both give the same bytes.
// PROFILE_DATA=<file> picks another dataset.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const fresh = args.includes('--fresh-charts');
const ab = args.includes('--ab');

const { loadReportFromBytes } = await import(dist('load/index.js'));
const { buildModel } = await import(dist('forecast/index.js'));
const { renderReport } = await import(dist('pipeline.js'));
const { createChartRenderer } = await import(dist('charts/index.js'));
const file = process.env.PROFILE_DATA ?? path.join(root, 'data', 'medical-second-opinion.json');
const bytes = await readFile(file);
let charts = createChartRenderer();

async function once(mode) {
  // Without --ab the environment decides (MARKET_REPORT_PDF_CACHE=off for the old way).
  if (ab && mode === 'old') process.env.MARKET_REPORT_PDF_CACHE = 'off';
  else if (ab) delete process.env.MARKET_REPORT_PDF_CACHE;
  if (fresh) charts = createChartRenderer();
  const times = new Map();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const model = buildModel(loadReportFromBytes(bytes, file).value);
  times.set('load+model', performance.now() - start);
  const artifacts = await renderReport(model, { assetsDir: path.dirname(file), charts, onStage: (s, ms) => times.set(s, ms) });
  times.set('total', performance.now() - start);
  // CPU time of the process (all threads: main, libuv pool, GC): steadier than wall time on a busy machine.
  const used = process.cpuUsage(cpu);
  times.set('total cpu', (used.user + used.system) / 1000);
  return { times, artifacts };
}

const modes = ab ? ['old', 'new'] : ['new'];
for (let i = 0; i < 2; i++) for (const m of modes) await once(m);
const samples = Object.fromEntries(modes.map((m) => [m, []]));
const last = {};
for (let i = 0; i < n; i++) {
  for (const m of i % 2 ? [...modes].reverse() : modes) {
    const r = await once(m);
    samples[m].push(r.times);
    last[m] = r.artifacts;
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`median of ${n} warm runs${fresh ? ', fresh chart cache each run' : ''}${ab ? ', alternating old (MARKET_REPORT_PDF_CACHE=off) / new' : ''}:`);
// Medians, and minima (on a shared, loaded machine the minimum is the steadier figure).
console.log(`  ${'stage'.padEnd(12)} ${modes.map((m) => `${m} median`.padStart(12)).join('')}${modes.map((m) => `${m} min`.padStart(10)).join('')}`);
for (const stage of samples[modes[0]][0].keys()) {
  const of = (m) => samples[m].map((s) => s.get(stage));
  console.log(`  ${stage.padEnd(12)} ${modes.map((m) => median(of(m)).toFixed(1).padStart(12)).join('')}${modes.map((m) => Math.min(...of(m)).toFixed(1).padStart(10)).join('')}`);
}
for (const m of modes) console.log(`  ${m} artifacts: ${last[m].map((a) => `${a.name} ${a.bytes.byteLength}`).join(', ')}`);
if (ab) {
  const same = last.old.every((a, i) => Buffer.compare(Buffer.from(a.bytes), Buffer.from(last.new[i].bytes)) === 0);
  console.log(`  old and new bytes identical: ${same}`);
}
console.log(`  rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
