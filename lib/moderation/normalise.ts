/**
 * Text normalisation for the banned-word matcher (SPEC §4): NFKC-style compatibility
 * folding, case folding, accents folded, zero-width and other format characters dropped,
 * look-alike digits and symbols read as letters, whitespace runs read as one space.
 *
 * The result keeps, for every normalised code unit, the span of the original text it came
 * from, so a hit can report the text the user actually typed. Pure and allocation-light:
 * ASCII takes a table lookup, anything else one cached `normalize("NFKD")`.
 */

/** Look-alikes read as the letter they imitate. `1` is ambiguous (i or l): see `LOOKALIKE_L`. */
const LOOKALIKES: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "@": "a", $: "s" };
/** The second reading of the ambiguous look-alikes, tried in a second pass when the text has one. */
export const LOOKALIKE_L: Record<string, string> = { "1": "l" };

/** Case foldings that `toLowerCase` leaves alone. */
const EXTRA_FOLDS: Record<string, string> = { ß: "ss", ẞ: "ss", ı: "i", ς: "σ", ſ: "s" };

export interface Normalised {
  /** The normalised text. */
  text: string;
  /** For each code unit of `text`: where its source starts and ends in the original. */
  start: Int32Array;
  end: Int32Array;
}

const MARK = /^\p{M}$/u;
const FORMAT = /^\p{Cf}$/u;
const SPACE = /^\s$/u;

const foldCache = new Map<string, string>();

/** The folded form of one code point, or "" when it is ignored (zero-width, combining mark). */
function foldCodePoint(ch: string, lookalikes: Record<string, string>, cache: Map<string, string> | null): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    const alike = lookalikes[ch];
    if (alike !== undefined) return alike;
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  }
  const cached = cache?.get(ch);
  if (cached !== undefined) return cached;
  let out = "";
  if (!FORMAT.test(ch)) {
    // NFKD = compatibility decomposition (what NFKC applies) with accents split off, so they can be dropped.
    for (const part of ch.normalize("NFKD")) {
      if (MARK.test(part) || FORMAT.test(part)) continue;
      const lower = part.toLowerCase();
      out += EXTRA_FOLDS[lower] ?? lower;
    }
    // A decomposition can yield look-alikes too (fullwidth digits, superscripts).
    out = out.replace(/[0-9@$]/g, (c) => lookalikes[c] ?? c);
  }
  if (cache && cache.size < 10_000) cache.set(ch, out);
  return out;
}

// ASCII folded by table: lower case and look-alikes; 0 marks whitespace.
function asciiTable(lookalikes: Record<string, string>): Uint16Array {
  const table = new Uint16Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    table[c] = /\s/.test(ch) ? 0 : (lookalikes[ch] ?? ch.toLowerCase()).charCodeAt(0);
  }
  return table;
}
const ASCII_DEFAULT = asciiTable(LOOKALIKES);
const ASCII_L = asciiTable({ ...LOOKALIKES, ...LOOKALIKE_L });
const utf16 = new TextDecoder("utf-16le");

/**
 * Normalises `input`. `overrides` changes the reading of ambiguous look-alikes (pass
 * `LOOKALIKE_L` to read `1` as `l`).
 */
export function normalise(input: string, overrides?: Record<string, string>): Normalised {
  const lookalikes = overrides ? { ...LOOKALIKES, ...overrides } : LOOKALIKES;
  const table = overrides ? (overrides === LOOKALIKE_L ? ASCII_L : asciiTable(lookalikes)) : ASCII_DEFAULT;
  let cap = input.length + 16;
  let out = new Uint16Array(cap);
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let len = 0;
  const push = (code: number, from: number, to: number) => {
    if (len === cap) {
      cap *= 2;
      const o = new Uint16Array(cap);
      o.set(out);
      out = o;
      const s = new Int32Array(cap);
      s.set(start);
      start = s;
      const e = new Int32Array(cap);
      e.set(end);
      end = e;
    }
    out[len] = code;
    start[len] = from;
    end[len] = to;
    len++;
  };
  let pendingSpace = -1;
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (code < 128) {
      const folded = table[code]!;
      if (folded === 0) {
        if (pendingSpace < 0) pendingSpace = i;
      } else {
        if (pendingSpace >= 0) {
          if (len > 0) push(32, pendingSpace, i);
          pendingSpace = -1;
        }
        if (len < cap) {
          out[len] = folded;
          start[len] = i;
          end[len] = i + 1;
          len++;
        } else push(folded, i, i + 1);
      }
      i++;
      continue;
    }
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 1 ? input[i]! : input.slice(i, i + 2);
    if (SPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      i += width;
      continue;
    }
    const folded = foldCodePoint(ch, lookalikes, overrides ? null : foldCache);
    if (folded === "") {
      // Ignored characters (accents, zero-width) still belong to the previous character's span.
      if (len > 0 && pendingSpace < 0) end[len - 1] = i + width;
      i += width;
      continue;
    }
    if (pendingSpace >= 0) {
      if (len > 0) push(32, pendingSpace, i);
      pendingSpace = -1;
    }
    for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), i, i + width);
    i += width;
  }
  return { text: utf16.decode(out.subarray(0, len)), start: start.subarray(0, len), end: end.subarray(0, len) };
}

/** The normalised form of a listed word (no spans needed); trailing/leading space trimmed. */
export function normaliseWord(word: string): string {
  return normalise(word).text.trim();
}

/** Whether the text holds an ambiguous look-alike, so a second reading is worth a pass. */
export function hasAmbiguousLookalike(input: string): boolean {
  for (const key of Object.keys(LOOKALIKE_L)) if (input.includes(key)) return true;
  return false;
}

// 0 unknown, 1 word character, 2 not; filled lazily (65,536 bytes).
const wordCharTable = new Uint8Array(65_536);
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Letters and digits of the Basic Multilingual Plane: what words are made of (a surrogate is not). */
export function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wordCharTable[code]!;
  if (known === 0) {
    known = code >= 0xd800 && code <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordCharTable[code] = known;
  }
  return known === 1;
}
