// Outline definition + Model -> Outline: expand repeated chapters and
// sections, drop whatever lacks its data, then number what is left so that
// numbering closes up (no "Chapter 3" missing between 2 and 4, no Figure 3.2
// without a 3.1).
import type { Model } from '../types.js';
import { expandChapter, expandSection, fillChartId, fillTitle } from './bindings.js';
import { defaultOutline } from './default.js';
import { blockNeeds, blockRequirements, meets } from './requirements.js';
import type {
  BlockDefinition,
  Binding,
  ChapterDefinition,
  FigureEntry,
  Outline,
  OutlineDefinition,
  Requirement,
  ResolvedBlock,
  ResolvedChapter,
  ResolvedSection,
  SectionDefinition,
  TableEntry,
} from './types.js';

/** A chapter or section that survived pruning, before numbering. */
interface KeptSection {
  readonly def: SectionDefinition;
  readonly binding: Binding;
  readonly blocks: readonly BlockDefinition[];
  readonly index: number;
}
interface KeptChapter {
  readonly def: ChapterDefinition;
  readonly binding: Binding;
  readonly sections: readonly KeptSection[];
}

export function resolveOutline(model: Model, def: OutlineDefinition = defaultOutline()): Outline {
  const kept = prune(model, def);
  return number(model, kept);
}

function prune(model: Model, def: OutlineDefinition): KeptChapter[] {
  const all = (reqs: readonly Requirement[] | undefined, binding: Binding) => (reqs ?? []).every((r) => meets(model, r, binding));
  const chapters: KeptChapter[] = [];
  for (const chapterDef of def.chapters) {
    for (const binding of expandChapter(model, chapterDef.repeat)) {
      if (!all(chapterDef.requires, binding)) continue;
      const sections: KeptSection[] = [];
      for (const sectionDef of chapterDef.sections) {
        expandSection(model, sectionDef.repeat, binding).forEach((sectionBinding, index) => {
          if (!all(sectionDef.requires, sectionBinding)) return;
          const blocks = sectionDef.blocks.filter((b) => bindable(b, sectionBinding) && all(blockRequirements(b), sectionBinding));
          if (blocks.length > 0) sections.push({ def: sectionDef, binding: sectionBinding, blocks, index });
        });
      }
      if (sections.length > 0) chapters.push({ def: chapterDef, binding, sections });
    }
  }
  return chapters;
}

function bindable(block: BlockDefinition, binding: Binding): boolean {
  const need = blockNeeds(block);
  if (need && binding[need] === undefined) {
    throw new Error(`outline: a ${block.kind} block needs a chapter or section repeated per ${need === 'company' ? 'company' : 'segmentation'}`);
  }
  return true;
}

function number(model: Model, kept: readonly KeptChapter[]): Outline {
  const figures: FigureEntry[] = [];
  const tables: TableEntry[] = [];
  const chapters: ResolvedChapter[] = kept.map((chapter, ci) => {
    const n = ci + 1;
    let figureCount = 0;
    let tableCount = 0;
    const chapterId = chapter.binding.segmentationId ? `${chapter.def.id}-${chapter.binding.segmentationId}` : chapter.def.id;
    const sections: ResolvedSection[] = chapter.sections.map((section, si) => {
      const blocks: ResolvedBlock[] = section.blocks.map((block): ResolvedBlock => {
        const binding = section.binding;
        switch (block.kind) {
          case 'chart': {
            figureCount += 1;
            const ref = captionRef('Figure', 'fig', n, figureCount, block.caption && fillTitle(block.caption, model, binding));
            const chartId = fillChartId(block.chart, binding);
            figures.push({ ...ref, chapter: n, chartId });
            return { kind: 'chart', chartId, figure: ref, binding };
          }
          case 'table': {
            tableCount += 1;
            const ref = captionRef('Table', 'tab', n, tableCount, fillTitle(block.caption, model, binding));
            tables.push({ ...ref, chapter: n, table: block.table });
            return { kind: 'table', table: block.table, ref, binding };
          }
          case 'narrative':
            return { kind: 'narrative', template: block.template, binding };
          case 'list':
            return { kind: 'list', list: block.list, binding };
          case 'company-profile':
            return { kind: 'company-profile', binding };
        }
      });
      const repeated = section.def.repeat ? `.${section.index + 1}` : '';
      return {
        id: `${chapterId}.${section.def.id}${repeated}`,
        number: `${n}.${si + 1}`,
        title: fillTitle(section.def.title, model, section.binding),
        binding: section.binding,
        blocks,
        anchor: `sec-${n}-${si + 1}`,
      };
    });
    return {
      id: chapterId,
      definitionId: chapter.def.id,
      number: n,
      title: fillTitle(chapter.def.title, model, chapter.binding),
      binding: chapter.binding,
      sections,
      anchor: `ch-${n}`,
    };
  });
  return { chapters, figures, tables };
}

function captionRef(label: 'Figure' | 'Table', prefix: string, chapter: number, index: number, caption: string | undefined) {
  const num = `${chapter}.${index}`;
  return {
    number: num,
    label: `${label} ${num}`,
    ...(caption ? { caption } : {}),
    anchor: `${prefix}-${chapter}-${index}`,
  };
}
