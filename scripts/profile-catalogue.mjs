#!/usr/bin/env node
// node --expose-gc scripts/profile-catalogue.mjs [N=40] [--ab]
//
// Renders N generated reports (scripts/generate-catalogue.mjs, seed 1) one
// after another in this process, against dist/ (run `npm run build` first),
// as one batch worker does: one chart renderer for all, every report new to it.
// Prints the per-stage medians and the heap after a full GC every tenth report,
// which must stay flat (the pdf caches are bounded). With --ab every report is
// rendered twice, with MARKET_REPORT_PDF_CACHE=off ("old") and on ("new"),
// alternating which goes first, and the bytes are compared.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCatalogue } from './generate-catalogue.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => pathToFileURL(path.join(root, 'dist', p)).href;
const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 40);
const ab = args.includes('--ab');

const { loadReport } = await import(dist('load/index.js')).then((m) => ({ loadReport: m.loadReportFromBytes }));
const { buildModel } = await import(dist('forecast/index.js'));
const { renderReport } = await import(dist('pipeline.js'));
const { createChartRenderer } = await import(dist('charts/index.js'));
const { sharedPdfFontCache } = await import(dist('pdf/printer.js'));
const charts = createChartRenderer();
const catalogue = generateCatalogue(n, 1);

async function render(entry, mode) {
  // Without --ab the environment decides (MARKET_REPORT_PDF_CACHE=off for the old way).
  if (ab && mode === 'old') process.env.MARKET_REPORT_PDF_CACHE = 'off';
  else if (ab) delete process.env.MARKET_REPORT_PDF_CACHE;
  const times = new Map();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const model = buildModel(loadReport(Buffer.from(JSON.stringify(entry.dataset)), entry.file).value);
  const artifacts = await renderReport(model, { assetsDir: root, charts, onStage: (s, ms) => times.set(s, ms) });
  times.set('total', performance.now() - start);
  const used = process.cpuUsage(cpu);
  times.set('total cpu', (used.user + used.system) / 1000);
  return { times, artifacts };
}

const modes = ab ? ['old', 'new'] : ['new'];
const samples = Object.fromEntries(modes.map((m) => [m, []]));
let differing = 0;
for (let i = 0; i < catalogue.length; i++) {
  const order = i % 2 ? [...modes].reverse() : modes;
  const results = {};
  for (const m of order) results[m] = await render(catalogue[i], m);
  for (const m of modes) samples[m].push(results[m].times);
  if (ab && !results.old.artifacts.every((a, k) => Buffer.compare(Buffer.from(a.bytes), Buffer.from(results.new.artifacts[k].bytes)) === 0)) {
    differing += 1;
    console.log(`  report ${i} (${catalogue[i].dataset.id}): old and new bytes differ`);
  }
  if ((i + 1) % 10 === 0) {
    globalThis.gc?.();
    const m = process.memoryUsage();
    const fonts = sharedPdfFontCache().stats();
    console.log(`after ${String(i + 1).padStart(4)} reports: heap ${(m.heapUsed / 1048576).toFixed(0)} MB, rss ${(m.rss / 1048576).toFixed(0)} MB, pdf font cache: store ${fonts.stores} with ${fonts.entries} entries, ${fonts.taints} taints${globalThis.gc ? '' : ' (run with --expose-gc for a heap after GC)'}`);
  }
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`\nmedian over ${n} generated reports (each new to the chart cache):`);
console.log(`  ${'stage'.padEnd(12)} ${modes.map((m) => m.padStart(9)).join('')}`);
for (const stage of samples[modes[0]][0].keys()) {
  console.log(`  ${stage.padEnd(12)} ${modes.map((m) => median(samples[m].map((s) => s.get(stage) ?? 0)).toFixed(1).padStart(9)).join('')}`);
}
if (ab) console.log(`  reports whose old and new bytes differ: ${differing}`);
