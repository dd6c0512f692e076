// Placeholder text that hand-assembled reports leave in print ("a CAGR of
// XX%", "USD XX Billion", "keyplayer123"). Any string in a dataset that
// matches fails validation.

const PATTERNS: readonly RegExp[] = [
  // Exactly two X standing alone ("XX", "XX%", "USD XX", "XX.X%"); not part
  // of a word ("XXL", "XXX rated", "XXth") or of a hyphenated name ("Model XX-1").
  /(?<![\p{L}\p{N}_]|[\p{L}\p{N}]-)XX(?![\p{L}\p{N}_]|-[\p{L}\p{N}])%?/u,
  /\bTBD\b/,
  /\bTBC\b/,
  /\bTODO\b/,
  /\bFIXME\b/,
  /\blorem\s+ipsum\b/i,
  // Template syntax left in data. No pattern may scan the same characters
  // from many starting points: "{{" followed by 250 KB of "{" took 70 s with
  // [^}]*. Each scan below stops at the next brace or bracket.
  /\{\{[^{}]*\}\}/,
  /\{\{/,
  /\bkey\s*(?:-\s*)?players?\s*\d+\b/i, // keyplayer123
  /\b(?:company|manufacturer|vendor|player|competitor)\d{2,}\b/i,
];

// "[insert company name]". As a regex, \[(?:insert|...)[^\]]*\] rescans the
// rest of the text from every "[add" in it; this finds the same strings in
// one pass: there is a match if and only if a "]" follows the first opener.
const BRACKET_OPENER = /\[(?:insert|add|placeholder)/i;

function bracketInstruction(text: string): string | undefined {
  const open = BRACKET_OPENER.exec(text);
  if (!open) return undefined;
  const close = text.indexOf(']', open.index);
  return close < 0 ? undefined : text.slice(open.index, close + 1);
}

/** The placeholder found in `text`, or undefined. */
export function findPlaceholder(text: string): string | undefined {
  for (const pattern of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return m[0];
  }
  return bracketInstruction(text);
}

/** Calls `visit` for every string value in a JSON value, with its path. */
export function walkStrings(
  value: unknown,
  visit: (text: string, path: (string | number)[]) => void,
  path: (string | number)[] = [],
): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walkStrings(v, visit, [...path, i]));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (path.length === 0 && k === '$schema') continue;
      walkStrings(v, visit, [...path, k]);
    }
  }
}
