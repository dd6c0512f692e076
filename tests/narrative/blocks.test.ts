import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../../src/narrative/index.js';

describe('parseNarrative', () => {
  it('splits paragraphs on blank lines and joins the lines of one paragraph', () => {
    expect(parseNarrative('One\nstill one.\n\n  Two.  \n\n\n')).toEqual([
      { kind: 'paragraph', text: 'One still one.' },
      { kind: 'paragraph', text: 'Two.' },
    ]);
  });

  it('reads a block of "- " lines as a list and "### " as a heading', () => {
    expect(parseNarrative('### Question?\n\nAnswer.\n\n- a\n- b\n\n### Next\nText right under it.')).toEqual([
      { kind: 'heading', text: 'Question?' },
      { kind: 'paragraph', text: 'Answer.' },
      { kind: 'list', items: ['a', 'b'] },
      { kind: 'heading', text: 'Next' },
      { kind: 'paragraph', text: 'Text right under it.' },
    ]);
  });

  it('treats a block that only partly starts with "- " as a paragraph', () => {
    expect(parseNarrative('- a\nnot a bullet')).toEqual([{ kind: 'paragraph', text: '- a not a bullet' }]);
  });
});
