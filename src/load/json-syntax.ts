// Scans a JSON text the way JSON.parse reads it, for what JSON.parse does not
// say. Its messages give a position only for some errors, so when it fails we
// find the line and column of every kind of syntax error ourselves. And it
// keeps only the last of two equal keys in an object, silently: "cagr": 0.095
// followed by "cagr": 0.5 built a report at 50 %. So every file is scanned for
// repeated keys too.
//
// The scan keeps its own stack rather than recursing: a file of a million "["
// overflowed the call stack, and the crash was reported as a bug (exit 70).
// It reads character codes, in one pass, about as long as JSON.parse itself
// takes on the same text (measured: 54-117 ms for a 2.7 MB array of 60,000
// objects, 390-525 ms for 250,000 keys in one object).
import type { PathSegment } from './json-path.js';

export interface SyntaxProblem {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A key given twice in one object: the JSON path of the key, where it is repeated and where it was first given. */
export interface DuplicateKey extends Position {
  readonly path: readonly PathSegment[];
  readonly key: string;
  readonly first: Position;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Where `text` stops being JSON, or undefined when JSON.parse accepts it. */
export function locateJsonSyntaxError(text: string): SyntaxProblem | undefined {
  try {
    scan(text, undefined);
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    return { ...lineColumn(text, e.offset), message: e.reason };
  }
}

/** Every key given twice in one object, in the order they appear. `text` must be JSON that parses. */
export function findDuplicateKeys(text: string): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  scan(text, found);
  return found;
}

/**
 * Reads `text` as one JSON value; throws Stop where it is not. With
 * `duplicates`, also follows each object's keys (and the path to them) and
 * adds every repeated key to it.
 */
function scan(text: string, duplicates: DuplicateKey[] | undefined): void {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // Lines are counted as white space is skipped: in valid JSON no line break is anywhere else.
  let line = 1;
  let lineStart = 0;
  // One entry per open object or array; `path`, `keysFrom` and `lookup` only while following keys.
  const isObject: boolean[] = [];
  const path: PathSegment[] = [];
  const keysFrom: number[] = []; // where the object's keys start in `names`
  const lookup: (Map<string, number> | undefined)[] = []; // name -> index in `names`, once an object has many keys
  // The keys of the open objects, innermost last, with where each was given.
  // Most objects have a few keys: comparing with each costs less than a Map per object.
  const names: string[] = [];
  const lines: number[] = [];
  const columns: number[] = [];

  const describe = (at: number) => (at >= n ? 'end of file' : JSON.stringify(text[at]));
  const fail = (reason: string): never => {
    throw new Stop(i, reason);
  };
  const ws = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        line++;
        lineStart = i + 1;
      } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
    }
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i++;
        return;
      }
      if (c === BACKSLASH) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!HEX4.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in string');
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else fail('bad escape in string');
      } else if (c < 0x20) {
        fail(c === 0x0a ? 'line break inside a string (strings must close on the same line)' : 'control character inside a string');
      } else i++;
    }
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${describe(i)}: expected a value`);
  };
  const number = () => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) fail(`unexpected ${describe(i)}: expected a value`);
    i += m![0].length;
  };
  const open = (object: boolean) => {
    isObject.push(object);
    if (!duplicates) return;
    path.push(object ? '' : 0);
    keysFrom.push(names.length);
    lookup.push(undefined);
  };
  const close = () => {
    isObject.pop();
    if (!duplicates) return;
    path.pop();
    names.length = lines.length = columns.length = keysFrom.pop()!;
    lookup.pop();
  };
  const key = () => {
    const start = i;
    const column = i - lineStart + 1;
    string();
    if (!duplicates) return;
    const raw = text.slice(start + 1, i - 1);
    const name = raw.includes('\\') ? (JSON.parse(text.slice(start, i)) as string) : raw;
    path[path.length - 1] = name;
    const from = keysFrom[keysFrom.length - 1]!;
    const map = lookup[lookup.length - 1];
    let first = map ? (map.get(name) ?? -1) : names.indexOf(name, from);
    if (first >= 0) {
      duplicates.push({ path: [...path], key: name, line, column, first: { line: lines[first]!, column: columns[first]! } });
      return;
    }
    first = names.push(name) - 1;
    lines.push(line);
    columns.push(column);
    if (map) map.set(name, first);
    else if (first - from >= 16) lookup[lookup.length - 1] = new Map(names.slice(from).map((n, k) => [n, from + k]));
  };

  // What comes next: a value, an object's key, or what follows a value (",", a closing bracket, the end).
  const VALUE = 0;
  const KEY = 1;
  const AFTER = 2;
  let expect = VALUE;
  for (;;) {
    ws();
    const c = text.charCodeAt(i); // NaN at the end of the text
    if (expect === VALUE) {
      expect = AFTER;
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        i++;
        ws();
        if (text.charCodeAt(i) === (c === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY)) i++;
        else {
          open(c === OPEN_OBJECT);
          expect = c === OPEN_OBJECT ? KEY : VALUE;
        }
      } else if (c === QUOTE) string();
      else if (c === 0x74) literal('true');
      else if (c === 0x66) literal('false');
      else if (c === 0x6e) literal('null');
      else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) number();
      else fail(`unexpected ${describe(i)}: expected a value`);
    } else if (expect === KEY) {
      if (c !== QUOTE) fail(c === CLOSE_OBJECT ? 'trailing comma before "}"' : `unexpected ${describe(i)}: expected a property name in double quotes`);
      key();
      ws();
      if (text.charCodeAt(i) !== COLON) fail(`unexpected ${describe(i)}: expected ":" after the property name`);
      i++;
      expect = VALUE;
    } else if (isObject.length === 0) {
      if (i < n) fail(`unexpected ${describe(i)} after the end of the JSON value`);
      return;
    } else {
      const object = isObject[isObject.length - 1]!;
      if (c === COMMA) {
        i++;
        if (object) expect = KEY;
        else {
          if (duplicates) path[path.length - 1] = (path[path.length - 1] as number) + 1;
          ws();
          if (text.charCodeAt(i) === CLOSE_ARRAY) fail('trailing comma before "]"');
          expect = VALUE;
        }
      } else if (c === (object ? CLOSE_OBJECT : CLOSE_ARRAY)) {
        i++;
        close();
      } else fail(`unexpected ${describe(i)}: expected "," or "${object ? '}' : ']'}"`);
    }
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text[k] === '\n') {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
