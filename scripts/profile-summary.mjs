#!/usr/bin/env node
// node scripts/profile-summary.mjs <file.cpuprofile> [top=40] [--files]
// Self time per function (or per file with --files) of a V8 .cpuprofile, and
// the inclusive time of the same, so the hot spots show without DevTools.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args[0];
const top = Number(args.find((a) => /^\d+$/.test(a)) ?? 40);
const byFile = args.includes('--files');
const prof = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample counts per node, then time per sample from the profile's span.
const hits = new Map();
for (const id of prof.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
const total = prof.samples.length;
const msPerSample = (prof.endTime - prof.startTime) / 1000 / total;

const label = (n) => {
  const f = n.callFrame;
  const where = f.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/work\/main\//, '');
  return byFile ? where || `(${f.functionName || 'native'})` : `${f.functionName || '(anon)'} ${where}:${f.lineNumber + 1}`;
};
const self = new Map();
const incl = new Map();
for (const [id, count] of hits) {
  const n = nodes.get(id);
  self.set(label(n), (self.get(label(n)) ?? 0) + count);
  // Inclusive: each distinct label on the stack once.
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(nodes.get(cur));
    if (seen.has(l)) continue;
    seen.add(l);
    incl.set(l, (incl.get(l) ?? 0) + count);
  }
}
const show = (title, map) => {
  console.log(`\n${title} (total ${(total * msPerSample).toFixed(0)} ms)`);
  for (const [l, c] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(c * msPerSample).toFixed(0).padStart(8)} ms ${((100 * c) / total).toFixed(1).padStart(5)}%  ${l}`);
  }
};
show('self', self);
show('inclusive', incl);
