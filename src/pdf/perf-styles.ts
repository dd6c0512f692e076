// Faster, equivalent style lookups for pdfmake. Measuring a report asks
// pdfmake's StyleContextStack for some 300,000 style properties (about 22 per
// word: font, size, colour, decoration, link, ...). Each lookup pushes the
// word onto the stack, walks the whole stack (most properties are set
// nowhere, so the walk goes to the bottom), pops, and allocates a closure, a
// callback and a Set on the way: after text shaping, the largest cost of
// laying out a report.
//
// The replacements give the same answers, in the same precedence:
//  - a word's own property, then its named styles (what pdfmake's autopush
//    would put on top of the stack), are read directly instead of pushed;
//  - the answer of the stack below is remembered per stack and property until
//    the stack is pushed or popped. pdfmake measures each text leaf with a
//    stack of its own (a clone), so all words of a paragraph share one walk.
//    What pdfmake writes onto nodes that are on the stack while measuring
//    (an SVG node's font) is the value the stack gave, so it cannot change
//    a remembered answer;
//  - styles that use `extends` take pdfmake's own inheritance walk.
import { createRequire } from 'node:module';
import { pdfSpeedups } from './perf-switch.js';

const require = createRequire(import.meta.url);

type Style = Record<string, unknown>;
const MEMO = Symbol('market-report.pdf.style-memo');
/** Remembered "set nowhere" (a Map cannot tell a stored undefined from a miss in one get). */
const NONE = Symbol('none');

interface StyleStack {
  styleDictionary: Record<string, Style | undefined>;
  defaultStyle: Style | undefined;
  styleOverrides: unknown[] | undefined;
  [MEMO]?: Map<string, unknown> | undefined;
  push(item: unknown): void;
  pop(howMany?: number): void;
  autopush(item: unknown): number;
  getProperty(property: string): unknown;
}
interface StyleStackClass {
  prototype: StyleStack & { [HOOKED]?: true };
  getStyleProperty(item: Style, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown;
}

const HOOKED = Symbol.for('market-report.pdf.style-lookups');

/** pdfmake's isValue. */
const isValue = (v: unknown) => v !== undefined && v !== null;
/** pdfmake's isString. */
const isString = (v: unknown): v is string => typeof v === 'string' || v instanceof String;
const off = () => !pdfSpeedups.enabled;

/** Installs the lookups on pdfmake's StyleContextStack, once per process. */
export function installStyleLookups(): void {
  const Stack = (require('pdfmake/js/StyleContextStack') as { default: StyleStackClass }).default;
  const proto = Stack.prototype;
  if (proto[HOOKED]) return;
  const original = { getProperty: proto.getProperty, getStyleProperty: Stack.getStyleProperty, push: proto.push, pop: proto.pop };

  // Every change of the stack goes through push and pop (autopush pushes, clone makes a new stack).
  proto.push = function (this: StyleStack, item: unknown): void {
    this[MEMO] = undefined;
    original.push.call(this, item);
  };
  proto.pop = function (this: StyleStack, howMany?: number): void {
    this[MEMO] = undefined;
    original.pop.call(this, howMany);
  };

  proto.getProperty = function (this: StyleStack, property: string): unknown {
    if (off()) return original.getProperty.call(this, property);
    let memo = this[MEMO];
    if (memo === undefined) memo = this[MEMO] = new Map();
    const known = memo.get(property);
    if (known !== undefined) return known === NONE ? undefined : known;
    const value = walk(this, property);
    memo.set(property, value === undefined ? NONE : value);
    return value;
  };

  Stack.getStyleProperty = function (item: Style, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown {
    if (off()) return original.getStyleProperty.call(this, item, stack, property, defaultValue);
    const own = item[property];
    if (isValue(own)) return own;
    if (!stack) return defaultValue;
    // pdfmake's autopush(item) would put the item's named styles and then the
    // item on top of the stack (nothing for a string or a section); the item
    // itself has no value (above), so its styles come first, last-named first.
    if (!isString(item) && typeof item.section === 'undefined' && item.style) {
      const names = Array.isArray(item.style) ? (item.style as unknown[]) : [item.style];
      for (let i = names.length - 1; i >= 0; i--) {
        const value = fromOverride(stack, names[i], property);
        if (isValue(value)) return value;
      }
    }
    const value = stack.getProperty(property);
    return isValue(value) ? value : defaultValue;
  };
  Object.defineProperty(proto, HOOKED, { value: true });
}

/** pdfmake's getProperty walk, top of the stack first, then the default style. */
function walk(stack: StyleStack, property: string): unknown {
  const overrides = stack.styleOverrides;
  if (overrides) {
    for (let i = overrides.length - 1; i >= 0; i--) {
      const value = fromOverride(stack, overrides[i], property);
      if (isValue(value)) return value;
    }
  }
  return stack.defaultStyle && stack.defaultStyle[property];
}

/** One entry of the stack: a style name (looked up, with inheritance) or an override object. */
function fromOverride(stack: StyleStack, item: unknown, property: string): unknown {
  if (!isString(item)) return (item as Style)[property];
  const style = stack.styleDictionary[item as string];
  if (!style) return undefined;
  const value = style[property];
  if (isValue(value) || !style.extends) return value;
  return fromStyle(stack.styleDictionary, item as string, property, new Set());
}

/** pdfmake's getStylePropertyFromStyle (with its cycle guard), for styles with `extends`. */
function fromStyle(dictionary: Record<string, Style | undefined>, name: string, property: string, visited: Set<string>): unknown {
  if (visited.has(name)) return undefined;
  visited.add(name);
  const style = dictionary[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  if (style.extends) {
    const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as string[];
    for (let i = parents.length - 1; i >= 0; i--) {
      const value = fromStyle(dictionary, parents[i]!, property, visited);
      if (isValue(value)) return value;
    }
  }
  return undefined;
}
