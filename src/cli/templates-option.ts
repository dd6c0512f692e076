// --templates DIR and --outline FILE, shared by build, sample and batch:
// checked before any dataset is read (batch/shared-inputs.ts), so a mistyped
// folder is a usage error (exit 2) instead of a build that quietly uses the
// bundled text, and a template or outline mistake is reported once, not once
// per dataset.
import { checkSharedInputs } from '../batch/shared-inputs.js';
import { messages } from '../messages.js';
import type { OutlineDefinition } from '../outline/types.js';
import type { CliIO } from './io.js';

/** The user's outline once checked (undefined without --outline); warns about template files nothing uses. */
export async function checkSharedOptions(templatesDir: string | undefined, outlineFile: string | undefined, io: CliIO): Promise<OutlineDefinition | undefined> {
  const { outline, unusedTemplates } = await checkSharedInputs({ ...(templatesDir !== undefined ? { templatesDir } : {}), ...(outlineFile !== undefined ? { outlineFile } : {}) });
  warnUnusedTemplates(templatesDir, unusedTemplates, io);
  return outline;
}

/** The warning for files of the --templates folder that no template lookup asks for. */
export function warnUnusedTemplates(templatesDir: string | undefined, unusedTemplates: readonly string[], io: CliIO): void {
  if (templatesDir !== undefined && unusedTemplates.length > 0) io.stderr.write(`market-report: ${messages.templatesUnused(templatesDir, unusedTemplates)}\n`);
}
