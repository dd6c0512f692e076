// Checks a user's --templates folder before anything is built (build, sample
// and batch share it). A folder that is not there, or that holds neither
// report/ nor excerpt/, is a usage error rather than "no overrides": ignoring
// it silently would build reports with the bundled text the user meant to
// replace. Template files whose names nothing will ask for are listed so the
// caller can warn about them.
// Imports no renderer: the main thread of a batch calls it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { messages } from '../messages.js';
import { DEFAULT_TEMPLATES_DIR } from './fingerprint.js';

const SUBFOLDERS = ['report', 'excerpt'] as const;

/** The subfolders of a user's templates folder that are there. */
export type TemplateFolders = { readonly [sub in (typeof SUBFOLDERS)[number]]?: string };

/** Throws a UserError (exit 2) for a missing folder, a file, or a folder with neither subfolder. */
export function templateFolders(dir: string): TemplateFolders {
  const info = statSync(dir, { throwIfNoEntry: false });
  if (!info) throw new UserError(messages.templatesDirMissing(dir), 2);
  if (!info.isDirectory()) throw new UserError(messages.templatesDirNotFolder(dir), 2);
  const present = SUBFOLDERS.filter((sub) => statSync(path.join(dir, sub), { throwIfNoEntry: false })?.isDirectory());
  if (present.length === 0) throw new UserError(messages.templatesDirEmpty(dir), 2);
  return Object.fromEntries(present.map((sub) => [sub, path.join(dir, sub)]));
}

/**
 * Template files ("report/x.hbs") that match no template the build will look
 * up. `outlineTemplates`: the narrative templates a user's outline names,
 * which then count as used.
 */
export function unusedTemplates(folders: TemplateFolders, options: { outlineTemplates?: readonly string[]; bundledDir?: string } = {}): string[] {
  const bundled = options.bundledDir ?? DEFAULT_TEMPLATES_DIR;
  const unused: string[] = [];
  for (const sub of SUBFOLDERS) {
    const dir = folders[sub];
    if (dir === undefined) continue;
    const files = hbsFiles(dir);
    const known = new Set(templateNames(hbsFiles(path.join(bundled, sub))));
    // Other ways a name gets asked for: the outline's narrative blocks (report),
    // partials named by the user's own excerpt templates.
    if (sub === 'report') for (const n of options.outlineTemplates ?? []) known.add(n);
    if (sub === 'excerpt') for (const f of files) for (const n of partialsIn(path.join(dir, f))) known.add(n);
    for (const f of files) if (!known.has(f.slice(0, -'.hbs'.length))) unused.push(`${sub}/${f}`);
  }
  return unused;
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
