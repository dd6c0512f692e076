// Template files of a user's --templates folder (its layout is checked by
// src/templates-folders.ts) whose names nothing will ask for, listed so the
// caller can warn about them.
// Imports no renderer: the main thread of a batch calls it.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_TEMPLATES_DIR, REPORT_PARTIALS, TEMPLATE_SUBFOLDERS, type TemplateFolders } from '../templates-folders.js';

/** Per subfolder, the partial names that the user's templates there call. */
export type CalledPartials = { readonly [sub in keyof TemplateFolders]?: readonly string[] };

/**
 * Template files ("report/x.hbs", "report/partials/y.hbs") that match no
 * template or partial the build will look up. `outlineTemplates`: the
 * narrative templates a user's outline names, which then count as used;
 * `calledPartials`: the `{{> name}}` names the user's templates of each
 * subfolder call (found by compileTemplateFolders), which count as used too.
 */
export function unusedTemplates(
  folders: TemplateFolders,
  options: { outlineTemplates?: readonly string[]; calledPartials?: CalledPartials; bundledDir?: string } = {},
): string[] {
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
    if (sub === 'excerpt') for (const n of options.calledPartials?.excerpt ?? []) known.add(n);
    for (const f of files) if (!known.has(f.slice(0, -'.hbs'.length))) unused.push(`${sub}/${f}`);
    if (sub === 'report') unused.push(...unusedPartials(dir, options.calledPartials?.report ?? [], path.join(bundled, sub, REPORT_PARTIALS)));
  }
  return unused;
}

/** The user's report/partials/ files that neither replace a bundled partial nor are called by the user's own templates. */
function unusedPartials(dir: string, called: readonly string[], bundledPartials: string): string[] {
  const files = hbsFiles(path.join(dir, REPORT_PARTIALS));
  const known = new Set([...templateNames(hbsFiles(bundledPartials)), ...called]);
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
