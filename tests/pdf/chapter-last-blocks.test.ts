// A chapter's last page never holds its last short block alone: the last FAQ
// question with a line or two of answer spilled onto a page of its own before
// the methodology chapter's new page in 5 of 8 full reports of the seed-203
// catalogue (renewable-irrigation-203-7 page 38: one question, one line), and
// the last of Porter's forces did the same in retail-drones-91-7. The last two
// such blocks are kept together, so that at least two move.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../scripts/generate-catalogue.mjs';
import { keepTail } from '../../src/pdf/keep.js';
import type { Node } from '../../src/pdf/nodes.js';
import type { Dataset } from '../../src/types.js';
import { readPdf, type PdfText } from './pdf-text.js';
import { renderWithStub } from './render.js';

/** A title set as a subheading (10.5 pt): a question, a driver, one of Porter's forces. */
const isTitle = (size: number) => Math.abs(size - 10.5) < 0.2;

/** Chapters' last pages (not their first) that hold one titled block and nothing else. */
function loneLastBlocks(text: PdfText): string[] {
  const starts = text.bookmarks.map((b) => b.page);
  return starts.flatMap((start, i) => {
    const last = (starts[i + 1] ?? text.numPages + 1) - 1;
    if (last <= start) return [];
    const body = text.pages[last - 1]!.slice(1, -1).filter((l) => l.text !== 'SAMPLE');
    const titles = body.filter((l) => isTitle(l.size));
    return titles.length === 1 && body[0] === titles[0] ? [`page ${last}: ${body.map((l) => `"${l.text}"`).join(' / ')}`] : [];
  });
}

const qa = (question: string, answer: string): Node => ({
  stack: [
    { text: question, style: 'subheading' },
    { text: answer, style: 'body' },
  ],
  unbreakable: true,
});

describe("a chapter's last short blocks", () => {
  it('are one keep-together block, at least two of them, as many as make a fair part of a page', () => {
    const body = [{ text: 'Intro.', style: 'body' }, qa('One?', 'Yes.'), qa('Two?', 'No.'), qa('Three?', 'Maybe.')];
    // Three short questions make too little of a page, so the intro goes with them.
    expect(keepTail(body)).toEqual([{ stack: body, unbreakable: true }]);
    const answer = 'An answer of some length, several lines of it. '.repeat(10);
    const long = [qa('One?', answer), qa('Two?', answer), qa('Three?', answer), qa('Four?', answer)];
    const kept = keepTail(long);
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.at(-1)!.unbreakable).toBe(true);
    expect((kept.at(-1)!.stack as Node[]).length).toBeGreaterThanOrEqual(2);
    expect([...kept.slice(0, -1), ...(kept.at(-1)!.stack as Node[])]).toEqual(long);
  });

  it('are left alone when the last might not fit beside another, and end at what it cannot measure', () => {
    const free = [qa('One?', 'Yes.'), { text: 'A closing paragraph. '.repeat(60), style: 'body' }];
    expect(keepTail(free)).toEqual(free);
    const long = 'A long answer with many words in it. '.repeat(90);
    const tall = [qa('One?', long), qa('Two?', long)];
    expect(keepTail(tall)).toEqual(tall);
    // Something this module cannot measure (a table, a figure) is never merged.
    const figure = [qa('One?', 'Yes.'), { stack: [{ svg: '<svg/>', width: 100, height: 50 }], unbreakable: true }];
    expect(keepTail(figure)).toEqual(figure);
    const afterFigure = [{ stack: [{ svg: '<svg/>', width: 100, height: 50 }], unbreakable: true }, qa('One?', 'Yes.'), qa('Two?', 'No.')];
    expect(keepTail(afterFigure)).toEqual([afterFigure[0], { stack: afterFigure.slice(1), unbreakable: true }]);
  });

  it('never leave the last one alone on the last page of a chapter in generated reports', async () => {
    const lone: string[] = [];
    // The seed-203 reports whose FAQ spilled one question; retail-drones-91-7's Porter, medical-robotics-91-10's FAQ.
    for (const [seed, i] of [[203, 4], [203, 6], [203, 7], [91, 7], [91, 10]] as const) {
      const { model, pdf } = await renderWithStub(generateDataset(seed, i) as unknown as Dataset);
      lone.push(...loneLastBlocks(await readPdf(pdf)).map((s) => `${model.id} ${s}`));
    }
    expect(lone).toEqual([]);
  }, 120_000);
});
