// Template files of a user's --templates folder (its layout is checked by
// src/templates-folders.ts) whose names nothing will ask for, listed so the
// caller can warn about them.
// Imports no renderer: the main thread of a batch calls it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPORT_PARTIALS, TEMPLATE_SUBFOLDERS, type TemplateFolders } from '../templates-folders.js';
import { DEFAULT_TEMPLATES_DIR } from './fingerprint.js';

/**
 * Template files ("report/x.hbs", "report/partials/y.hbs") that match no
 * template or partial the build will look up. `outlineTemplates`: the
 * narrative templates a user's outline names, which then count as used.
 */
export function unusedTemplates(folders: TemplateFolders, options: { outlineTemplates?: readonly string[]; bundledDir?: string } = {}): string[] {
  const bundled = options.bundledDir ?? DEFAULT_TEMPLATES_DIR;
  const unused: string[] = [];
  for (const sub of TEMPLATE_SUBFOLDERS) {
    const dir = folders[sub];
    if (dir === undefined) continue;
    const files = hbsFiles(dir);
    const known = new Set(templateNames(hbsFiles(path.join(bundled, sub))));
    // Other ways a name gets asked for: the outline's narrative blocks (report),
    // partials named by the user's own excerpt templates.
    if (sub === 'report') for (const n of options.outlineTemplates ?? []) known.add(n);
    if (sub === 'excerpt') for (const f of files) for (const n of partialsIn(path.join(dir, f))) known.add(n);
    for (const f of files) if (!known.has(f.slice(0, -'.hbs'.length))) unused.push(`${sub}/${f}`);
    if (sub === 'report') unused.push(...unusedPartials(dir, files, path.join(bundled, sub, REPORT_PARTIALS)));
  }
  return unused;
}

/** The user's report/partials/ files that neither replace a bundled partial nor are called by the user's own templates. */
function unusedPartials(dir: string, templates: readonly string[], bundledPartials: string): string[] {
  const partialsDir = path.join(dir, REPORT_PARTIALS);
  const files = hbsFiles(partialsDir);
  const known = new Set(templateNames(hbsFiles(bundledPartials)));
  for (const f of templates) for (const n of partialsIn(path.join(dir, f))) known.add(n);
  for (const f of files) for (const n of partialsIn(path.join(partialsDir, f))) known.add(n);
  return files.filter((f) => !known.has(f.slice(0, -'.hbs'.length))).map((f) => `report/${REPORT_PARTIALS}/${f}`);
}

function hbsFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

const templateNames = (files: readonly string[]) => files.map((f) => f.slice(0, -'.hbs'.length));

/** `{{> name}}` and `{{#> name}}` references. */
function partialsIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/\{\{~?#?>\s*([A-Za-z0-9_-]+)/g)].map((m) => m[1]!);
}
