// The style lookups that replace pdfmake's (perf-styles.ts) must answer
// exactly as pdfmake does, for any styles, stacks and items: named styles,
// `extends` chains (cycles too), arrays of style names, null values, section
// nodes, and a stack that changes between lookups (the remembered answers).
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { installStyleLookups } from '../../src/pdf/perf-styles.js';
import { pdfSpeedups } from '../../src/pdf/perf-switch.js';

const require = createRequire(import.meta.url);
interface Stack {
  styleOverrides: unknown[];
  push(item: unknown): void;
  pop(howMany?: number): void;
  getProperty(property: string): unknown;
}
const StyleContextStack = (require('pdfmake/js/StyleContextStack') as {
  default: {
    new (dictionary: object, defaultStyle?: object): Stack;
    getStyleProperty(item: unknown, stack: Stack | undefined, property: string, defaultValue: unknown): unknown;
  };
}).default;

installStyleLookups();
afterEach(() => {
  pdfSpeedups.enabled = true;
});

const NAMES = ['body', 'caption', 'table', 'head', 'missing'] as const;
const PROPS = ['font', 'fontSize', 'bold', 'color', 'noWrap'] as const;
const value = fc.oneof(fc.constant(undefined), fc.constant(null), fc.constant(false), fc.constant(0), fc.integer({ min: 1, max: 30 }), fc.constantFrom('Roboto', '#123456'));
const props = fc.dictionary(fc.constantFrom(...PROPS), value, { maxKeys: 3 });
const name = fc.constantFrom(...NAMES);
const style = fc.record({ props, extends: fc.option(fc.oneof(name, fc.array(name, { maxLength: 3 })), { nil: undefined }) }).map(({ props: p, extends: e }) => (e === undefined ? p : { ...p, extends: e }));
const dictionary = fc.dictionary(fc.constantFrom('body', 'caption', 'table', 'head'), style);
const override = fc.oneof(name, props);
const item = fc.oneof(
  fc.string({ maxLength: 3 }),
  fc.record({ own: props, style: fc.option(fc.oneof(name, fc.array(name, { maxLength: 3 })), { nil: undefined }), section: fc.option(fc.constant('s'), { nil: undefined }) }).map(
    ({ own, style: s, section }) => ({ text: 'w', ...own, ...(s === undefined ? {} : { style: s }), ...(section === undefined ? {} : { section }) }),
  ),
);
/** Steps on one stack: push an override, pop, or look a property up. */
type Step = { op: 'push'; what: unknown } | { op: 'pop' } | { op: 'get'; property: string; item: unknown; fallback: unknown };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant('push' as const), what: override }),
  fc.record({ op: fc.constant('pop' as const) }),
  fc.record({ op: fc.constant('get' as const), property: fc.constantFrom(...PROPS), item, fallback: value }),
);

function run(enabled: boolean, dict: object, defaults: object | undefined, start: readonly unknown[], steps: readonly Step[]): unknown[] {
  pdfSpeedups.enabled = enabled;
  const stack = new StyleContextStack(dict, defaults);
  for (const s of start) stack.push(s);
  const answers: unknown[] = [];
  for (const s of steps) {
    if (s.op === 'push') stack.push(s.what);
    else if (s.op === 'pop') stack.pop();
    else {
      answers.push(StyleContextStack.getStyleProperty(s.item, stack, s.property, s.fallback));
      answers.push(stack.getProperty(s.property));
      answers.push([...stack.styleOverrides]);
    }
  }
  return answers;
}

describe('style lookups', () => {
  it("give pdfmake's answers for any styles, stacks and items", () => {
    fc.assert(
      fc.property(dictionary, fc.option(props, { nil: undefined }), fc.array(override, { maxLength: 6 }), fc.array(step, { maxLength: 25 }), (dict, defaults, start, steps) => {
        expect(run(true, dict, defaults, start, steps)).toEqual(run(false, dict, defaults, start, steps));
      }),
      { numRuns: 1500 },
    );
  });

  it('see a change of the stack after an answer was remembered', () => {
    const stack = new StyleContextStack({ big: { fontSize: 20 } }, { fontSize: 10 });
    expect(stack.getProperty('fontSize')).toBe(10);
    stack.push('big');
    expect(stack.getProperty('fontSize')).toBe(20);
    stack.push({ fontSize: 7 });
    expect(stack.getProperty('fontSize')).toBe(7);
    stack.pop(2);
    expect(stack.getProperty('fontSize')).toBe(10);
  });
});
