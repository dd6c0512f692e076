#!/usr/bin/env node
// Times chart rendering for one dataset against the built library (run
// `npm run build` first): cold first pass, then the warm median of rendering
// every chart of the report with an empty cache (SVG only; SVG + PNG one by
// one; all at once), the report plus its redacted sample charts, and a fully
// cached pass.
//   node scripts/render-charts.mjs [data/medical-second-opinion.json] [runs]
import { performance } from 'node:perf_hooks';
import { chartCatalogue, createChartRenderer } from '../dist/charts/index.js';
import { buildModel } from '../dist/forecast/index.js';
import { loadReport } from '../dist/load/index.js';

const file = process.argv[2] ?? 'data/medical-second-opinion.json';
const runs = Number(process.argv[3] ?? 9);

const loaded = await loadReport(file);
if (!loaded.value) {
  console.error(loaded.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  process.exit(1);
}
const model = buildModel(loaded.value);
const report = chartCatalogue(model);
const withSample = [...report, ...chartCatalogue(model, { redact: true })];

// Wall time, and CPU time (user + system, all threads), which a busy machine
// inflates far less than wall time. A fresh renderer has an empty cache.
async function pass(withPng, renderer = createChartRenderer(), figures = report) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  if (withPng === 'concurrent') {
    // As a report build would ask: every SVG and PNG at once.
    await Promise.all(figures.flatMap((figure) => [renderer.svg(figure), renderer.png(figure)]));
  } else {
    for (const figure of figures) {
      await renderer.svg(figure);
      if (withPng) await renderer.png(figure);
    }
  }
  const cpu = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

const medianOf = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const median = (passes) => ({ wall: medianOf(passes.map((p) => p.wall)), cpu: medianOf(passes.map((p) => p.cpu)) });
const ms = (x) => `${x.toFixed(1)} ms`;
const line = (label, p, n) =>
  console.log(`${label.padEnd(34)} ${ms(p.wall).padStart(10)} wall ${ms(p.cpu).padStart(10)} cpu${n ? `   (${ms(p.wall / n)} wall per chart)` : ''}`);

const tc = performance.now();

const first = createChartRenderer();
const create = performance.now() - tc;
const cold = await pass(true, first);
const svgOnly = [];
const svgPng = [];
const concurrent = [];
for (let i = 0; i < runs; i++) {
  svgOnly.push(await pass(false));
  svgPng.push(await pass(true));
  concurrent.push(await pass('concurrent'));
}
const both = [];
for (let i = 0; i < runs; i++) both.push(await pass(true, createChartRenderer(), withSample));
const cached = await pass(true, first);

const n = report.length;
console.log(`${model.id}: ${n} charts in the report (times are for all of them)`);
console.log(`${'create renderer (load Roboto)'.padEnd(34)} ${ms(create).padStart(10)} wall`);
line('cold first pass, SVG + PNG', cold, n);
line(`warm median of ${runs}, SVG only`, median(svgOnly), n);
line(`warm median of ${runs}, SVG + PNG`, median(svgPng), n);
line(`warm median of ${runs}, concurrent`, median(concurrent), n);
line(`+ redacted sample (${withSample.length})`, median(both), withSample.length);
line('cached pass (memory hits)', cached);
