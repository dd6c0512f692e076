// Faster, equivalent style lookups for pdfmake. Measuring a report asks
// pdfmake's StyleContextStack for some 300,000 style properties (about 22 per
// word: font, size, colour, decoration, ...), and each lookup allocates a
// closure, a callback and a Set before walking the style stack, so the lookups
// and the garbage they leave were the largest single cost of laying out a
// report after text shaping. These replacements walk the same stack in the same
// order and return the same values, without the allocations; styles that use
// `extends` take pdfmake's own path.
import { createRequire } from 'node:module';
import { pdfSpeedups } from './perf-switch.js';

const require = createRequire(import.meta.url);

type Style = Record<string, unknown>;
interface StyleStack {
  styleDictionary: Record<string, Style | undefined>;
  defaultStyle: Style | undefined;
  styleOverrides: (string | Style)[] | undefined;
  autopush(item: unknown): number;
  pop(howMany?: number): void;
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

/** Installs the lookups on pdfmake's StyleContextStack, once per process. */
export function installStyleLookups(): void {
  const Stack = (require('pdfmake/js/StyleContextStack') as { default: StyleStackClass }).default;
  const proto = Stack.prototype;
  if (proto[HOOKED]) return;
  const original = { getProperty: proto.getProperty, getStyleProperty: Stack.getStyleProperty, autopush: proto.autopush };

  proto.getProperty = function (this: StyleStack, property: string): unknown {
    if (off()) return original.getProperty.call(this, property);
    const overrides = this.styleOverrides;
    if (overrides) {
      for (let i = overrides.length - 1; i >= 0; i--) {
        const item = overrides[i]!;
        if (isString(item)) {
          const style = this.styleDictionary[item as string];
          if (!style) continue;
          const value = style[property];
          if (isValue(value)) return value;
          // pdfmake's inheritance walk (with its cycle guard), only where a style has one.
          if (style.extends) {
            const inherited = fromStyle(this.styleDictionary, item as string, property, new Set());
            if (isValue(inherited)) return inherited;
          }
        } else {
          const value = item[property];
          if (isValue(value)) return value;
        }
      }
    }
    return this.defaultStyle && this.defaultStyle[property];
  };

  Stack.getStyleProperty = function (item: Style, stack: StyleStack | undefined, property: string, defaultValue: unknown): unknown {
    if (off()) return original.getStyleProperty.call(this, item, stack, property, defaultValue);
    const own = item[property];
    if (isValue(own)) return own;
    if (!stack) return defaultValue;
    // pdfmake's stack.auto(item, callback) without the callback.
    const pushed = stack.autopush(item);
    const value = stack.getProperty(property);
    if (pushed > 0) stack.pop(pushed);
    return isValue(value) ? value : defaultValue;
  };

  proto.autopush = function (this: StyleStack, item: unknown): number {
    if (off()) return original.autopush.call(this, item);
    if (isString(item)) return 0;
    const node = item as Style;
    if (typeof node.section !== 'undefined') return 0;
    const overrides = this.styleOverrides!;
    let names = 0;
    const style = node.style;
    if (style) {
      if (Array.isArray(style)) {
        for (const name of style) overrides.push(name as string);
        names = style.length;
      } else {
        overrides.push(style as string);
        names = 1;
      }
    }
    overrides.push(node);
    return names + 1;
  };
  Object.defineProperty(proto, HOOKED, { value: true });
}

/** pdfmake's getStylePropertyFromStyle, for styles with `extends`. */
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

const off = () => !pdfSpeedups.enabled;
