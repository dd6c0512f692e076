// Where templates are: the bundled templates/ folder (DEFAULT_TEMPLATES_DIR),
// and the report/ and excerpt/ subfolders of a user's --templates folder: the one
// check of its layout, for the renderers (src/pipeline.ts) and for the batch's
// up-front check (src/batch/shared-inputs.ts). report/ may hold a partials/
// folder of its own (REPORT_PARTIALS), whose files replace bundled partials
// of the same name; without one the bundled partials serve, as the bundled
// templates serve for every file report/ lacks. A folder may override only one
// of the two, but a folder that does not exist, or holds neither, is a usage
// error rather than "no overrides": ignoring it silently would build reports
// with the bundled text the user meant to replace.
// Imports no renderer: the main thread of a batch calls it.
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from './errors.js';
import { messages } from './messages.js';

/** The package's bundled templates/ folder (one level up from src/ and from dist/). */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));

export const TEMPLATE_SUBFOLDERS = ['report', 'excerpt'] as const;

/** The folder inside report/ (bundled or the user's) whose `<name>.hbs` files are the partials `{{> name}}`. */
export const REPORT_PARTIALS = 'partials';

/** The subfolders of a user's templates folder that are there. */
export type TemplateFolders = { readonly [sub in (typeof TEMPLATE_SUBFOLDERS)[number]]?: string };

/** Throws a UserError (exit 2) for a missing folder, a file, or a folder with neither subfolder. */
export function templateFolders(dir: string): TemplateFolders {
  const info = statSync(dir, { throwIfNoEntry: false });
  if (!info) throw new UserError(messages.templatesDirMissing(dir), 2);
  if (!info.isDirectory()) throw new UserError(messages.templatesDirNotFolder(dir), 2);
  const present = TEMPLATE_SUBFOLDERS.filter((sub) => statSync(path.join(dir, sub), { throwIfNoEntry: false })?.isDirectory());
  if (present.length === 0) throw new UserError(messages.templatesDirEmpty(dir), 2);
  return Object.fromEntries(present.map((sub) => [sub, path.join(dir, sub)]));
}
