// What shapes every report besides its own dataset and the templates: the
// renderer code itself (outline, theme, layout, formatting) and the versions
// of the libraries and fonts it draws with. Part of the batch's content hash,
// so a code change rebuilds the catalogue even without a version bump.
// Imports no renderer: the main thread of a no-op batch calls it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Parts of the runtime whose version shows in the bytes: V8's number
// formatting and maths (node, v8), Intl's number and date formats (icu,
// cldr, unicode) and the deflate of PNGs and of the workbook (zlib).
const RUNTIME_PARTS = ['node', 'v8', 'icu', 'cldr', 'unicode', 'zlib'] as const;

const RENDER_LIBRARIES = ['pdfmake', 'exceljs', 'handlebars', 'vega', 'vega-lite', '@resvg/resvg-wasm', 'fontkit', 'jszip', 'zod'];

let cached: string | undefined;

/** An installed library's version: 'absent' when it is not installed. */
export function libraryVersion(name: string): string {
  const require = createRequire(import.meta.url);
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    // Some packages do not export package.json; find it beside their entry point.
    try {
      const main = require.resolve(name);
      const root = main.slice(0, main.lastIndexOf(`node_modules${path.sep}${name}`) + `node_modules${path.sep}${name}`.length);
      return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'absent';
    }
  }
}

export function renderFingerprint(): string {
  if (cached !== undefined) return cached;
  const h = createHash('sha256');
  // The source the running code was compiled from (src/ beside dist/), so a
  // run from dist/ and a run from src/ (the tests) agree; the compiled tree
  // when no source ships.
  const here = path.dirname(fileURLToPath(import.meta.url));
  const source = path.join(here, '..', 'src');
  const codeRoot = existsSync(source) ? source : here;
  for (const file of listCode(codeRoot)) h.update(file).update('\0').update(readFileSync(path.join(codeRoot, file))).update('\n');
  for (const name of RENDER_LIBRARIES) h.update(`${name}@${libraryVersion(name)}\n`);
  h.update(runtimeVersions());
  cached = h.digest('hex');
  return cached;
}

/**
 * The runtime's versions that shape output, one line: after a Node upgrade
 * (new ICU data, another zlib) a batch rebuilds rather than keeps reports
 * the new runtime would print differently.
 */
export function runtimeVersions(versions: NodeJS.ProcessVersions = process.versions): string {
  return RUNTIME_PARTS.map((part) => `${part}@${versions[part] ?? 'absent'}`).join(' ');
}

function listCode(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listCode(root, child));
    else if (/\.(js|ts|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(child);
  }
  return out.sort();
}
