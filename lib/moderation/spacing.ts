/**
 * Spaced and dotted spellings (`b a d w o r d`, `b.a.d.w.o.r.d`): a run of at least three
 * one-letter tokens separated by short runs of punctuation or space is read as one word
 * whose letters are each a word boundary, so a listed word is found anywhere inside it.
 * Also computes the word boundaries whole-word matching needs.
 */
import { isWordChar, type Normalised } from "./normalise";

export interface ScanText extends Normalised {
  /** `boundary[i]` is 1 when a word may start or end before code unit i (length = text length + 1). */
  boundary: Uint8Array;
}

const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (isWordChar(c) ? 1 : 0));
const MIN_RUN = 3;
const MAX_GAP = 3;

export function collapseSpacing(input: Normalised): ScanText {
  const { text } = input;
  const n = text.length;
  const word = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    word[i] = c < 128 ? ASCII_WORD[c]! : isWordChar(c) ? 1 : 0;
  }

  // Tokens of exactly one word character, in order.
  const singles: number[] = [];
  for (let i = 0; i < n; i++) {
    if (word[i] === 1 && (i === 0 || word[i - 1] === 0) && (i + 1 === n || word[i + 1] === 0)) singles.push(i);
  }
  let skip: Uint8Array | null = null;
  let forced: Uint8Array | null = null;
  for (let a = 0; a < singles.length; ) {
    let b = a;
    while (b + 1 < singles.length && singles[b + 1]! - singles[b]! - 1 <= MAX_GAP && isGap(word, singles[b]! + 1, singles[b + 1]!)) b++;
    if (b - a + 1 >= MIN_RUN) {
      skip ??= new Uint8Array(n);
      forced ??= new Uint8Array(n + 1);
      for (let k = a; k <= b; k++) {
        forced[singles[k]!] = 1;
        if (k < b) for (let g = singles[k]! + 1; g < singles[k + 1]!; g++) skip[g] = 1;
      }
    }
    a = b + 1;
  }

  if (!skip) return { ...input, boundary: boundaries(word, null, n) };
  const chars: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const keptWord: number[] = [];
  const keptForced: number[] = [];
  for (let i = 0; i < n; i++) {
    if (skip[i]) continue;
    chars.push(text[i]!);
    start.push(input.start[i]!);
    end.push(input.end[i]!);
    keptWord.push(word[i]!);
    keptForced.push(forced![i]!);
  }
  return {
    text: chars.join(""),
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    boundary: boundaries(Uint8Array.from(keptWord), Uint8Array.from(keptForced), chars.length),
  };
}

/** Whether every code unit in [from, to) is a separator (not a word character). */
function isGap(word: Uint8Array, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (word[i]) return false;
  return true;
}

function boundaries(word: Uint8Array, forced: Uint8Array | null, n: number): Uint8Array {
  const out = new Uint8Array(n + 1);
  out[0] = 1;
  out[n] = 1;
  for (let i = 1; i < n; i++) out[i] = word[i - 1]! & word[i]! ? 0 : 1;
  if (forced !== null) for (let i = 1; i < n; i++) if (forced[i] === 1) out[i] = 1;
  return out;
}
