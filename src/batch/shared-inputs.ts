// The inputs every report of a run shares, --templates and --outline, checked
// once before any dataset is read (build, sample and batch alike). A mistake
// in them fails every report in the same way, so it is reported once, naming
// the template or outline file, and stops the run before --out is touched:
//   a folder that is not there or not laid out like templates/: exit 2 (usage);
//   a template or report partial that does not compile or calls a partial
//   that exists neither bundled nor in --templates, an outline with problems
//   (among them a narrative template that exists neither bundled nor in
//   --templates): exit 1, every problem of both at once.
import path from 'node:path';
import { isUserError, UserError } from '../errors.js';
import { shown } from '../messages.js';
import { addTemplateFolder, type TemplateSource } from '../narrative/template-sources.js';
import type { OutlineDefinition } from '../outline/types.js';
import type { Problem } from '../types.js';
import { DEFAULT_TEMPLATES_DIR, templateFolders, type TemplateFolders } from '../templates-folders.js';
import { unusedTemplates, type CalledPartials } from './templates-dir.js';

interface SharedInputs {
  /** The user's outline, checked; absent without --outline. */
  readonly outline?: OutlineDefinition;
  /** Files of the templates folder that no template lookup will ask for ("report/x.hbs", "report/partials/y.hbs"): worth a warning. */
  readonly unusedTemplates: readonly string[];
}

export async function checkSharedInputs(options: { readonly templatesDir?: string; readonly outlineFile?: string }): Promise<SharedInputs> {
  const { templatesDir, outlineFile } = options;
  const folders = templatesDir !== undefined ? templateFolders(templatesDir) : {};
  const sections: string[] = [];
  const problems: Problem[] = [];
  let calledPartials: CalledPartials = {};
  if (templatesDir !== undefined) {
    const checked = await (await import('./templates-compile.js')).compileTemplateFolders(folders);
    const { broken, missingPartials } = checked;
    calledPartials = checked.calledPartials;
    if (broken.length > 0) sections.push(`--templates ${shown(templatesDir)}: ${broken.length} ${broken.length === 1 ? 'template does' : 'templates do'} not compile:\n${broken.join('\n')}`);
    if (missingPartials.length > 0) {
      const calls = missingPartials.length === 1 ? 'call of a partial that does' : 'calls of partials that do';
      sections.push(`--templates ${shown(templatesDir)}: ${missingPartials.length} ${calls} not exist:\n${missingPartials.join('\n')}`);
    }
  }
  let outline: OutlineDefinition | undefined;
  if (outlineFile !== undefined) {
    try {
      const { loadOutlineFile } = await import('../outline/load.js'); // zod: not loaded by a batch without --outline
      outline = await loadOutlineFile(outlineFile, { templates: await narrativeTemplateNames(folders) });
    } catch (e) {
      if (!isUserError(e)) throw e;
      sections.push(e.message);
      problems.push(...e.problems);
    }
  }
  if (sections.length > 0) throw new UserError(sections.join('\n'), 1, problems);
  const outlineTemplates = outline ? narrativeTemplatesOf(outline) : [];
  return { ...(outline ? { outline } : {}), unusedTemplates: templatesDir !== undefined ? unusedTemplates(folders, { outlineTemplates, calledPartials }) : [] };
}

/** The narrative templates a report can use: the bundled ones and the user's report/ folder, by name. */
async function narrativeTemplateNames(folders: TemplateFolders): Promise<string[]> {
  const sources = new Map<string, TemplateSource>();
  await addTemplateFolder(sources, path.join(DEFAULT_TEMPLATES_DIR, 'report'), false);
  if (folders.report !== undefined) await addTemplateFolder(sources, folders.report, true).catch(() => undefined); // its problems are compileTemplateFolders' to report
  return [...sources.keys()];
}

function narrativeTemplatesOf(outline: OutlineDefinition): string[] {
  return outline.chapters.flatMap((c) => c.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'narrative' ? [b.template] : []))));
}
