/**
 * The banned-word matcher (SPEC §4), pure: compiled once per version of the word lists,
 * then asked about todo fields. Words in `word` and `substring` mode share one
 * Aho-Corasick automaton over normalised text (one pass whatever the list size); the
 * allowlist has its own; `regex` words run one by one on the capped normalised text.
 * Each hit names the listed word, the field, and the original text that matched.
 */
import { Automaton } from "./aho-corasick";
import { hasAmbiguousLookalike, LOOKALIKE_L, normalise, normaliseWord } from "./normalise";
import { checkRegex, REGEX_INPUT_LIMIT } from "./regex-safety";
import { collapseSpacing, type ScanText } from "./spacing";

export type MatchMode = "word" | "substring" | "regex";
export type WordAction = "log" | "block";
export type Field = "title" | "description";

export interface ListedWord {
  id: string;
  word: string;
  mode: MatchMode;
  action: WordAction;
}

export interface Hit {
  wordId: string;
  /** The word as listed. */
  word: string;
  mode: MatchMode;
  action: WordAction;
  field: Field;
  /** The original text that matched, as typed. */
  matched: string;
  /** Where it is in the field's original text (code units, end exclusive). */
  start: number;
  end: number;
}

export interface Suppressed {
  word: string;
  field: Field;
  matched: string;
}

export interface FieldReport {
  hits: Hit[];
  /** Hits the allowlist cancelled (shown by the admin's "test this text" box). */
  suppressed: Suppressed[];
  normalised: string;
}

/** At most this many regex matches are looked at per word and field. */
const MAX_REGEX_MATCHES = 200;

export class Matcher {
  /** Banned words and allowlisted words in one automaton; ids from `allowedFrom` on are allowlisted. */
  private readonly automaton: Automaton;
  private readonly allowedFrom: number;
  /** Listed entries behind each automaton pattern (several entries can normalise alike). */
  private readonly entriesOf: number[][] = [];
  private readonly regexes: { entry: number; regex: RegExp }[] = [];
  /** Entries left out because they cannot match anything (empty after normalising, bad regex). */
  readonly skipped: ListedWord[] = [];

  constructor(
    private readonly words: ListedWord[],
    allowedWords: string[],
  ) {
    const patternIds = new Map<string, number>();
    const patterns: string[] = [];
    words.forEach((w, entry) => {
      if (w.mode === "regex") {
        const checked = checkRegex(w.word);
        if (checked.ok) this.regexes.push({ entry, regex: checked.regex });
        else this.skipped.push(w);
        return;
      }
      const norm = normaliseWord(w.word);
      if (!norm) {
        this.skipped.push(w);
        return;
      }
      let id = patternIds.get(norm);
      if (id === undefined) {
        id = patterns.length;
        patternIds.set(norm, id);
        patterns.push(norm);
        this.entriesOf.push([]);
      }
      this.entriesOf[id]!.push(entry);
    });
    this.allowedFrom = patterns.length;
    const allowedNorm = [...new Set(allowedWords.map(normaliseWord).filter(Boolean))];
    this.automaton = new Automaton([...patterns, ...allowedNorm]);
  }

  get size(): number {
    return this.words.length;
  }

  /** Hits in the given fields, one per distinct listed word (the first field and place it shows up). */
  scan(fields: Partial<Record<Field, string | null | undefined>>): Hit[] {
    const seen = new Set<string>();
    const hits: Hit[] = [];
    for (const field of ["title", "description"] as const) {
      const text = fields[field];
      if (!text) continue;
      for (const hit of this.scanField(field, text).hits) {
        if (seen.has(hit.wordId)) continue;
        seen.add(hit.wordId);
        hits.push(hit);
      }
    }
    return hits;
  }

  /** Every distinct listed word found in one field, with the allowlist's cancellations. */
  scanField(field: Field, original: string): FieldReport {
    const found = new Map<number, Hit>();
    const suppressed: Suppressed[] = [];
    const first = collapseSpacing(normalise(original));
    this.pass(field, original, first, found, suppressed);
    // `1` reads as `i` in the first pass; a second pass reads it as `l`.
    if (hasAmbiguousLookalike(original)) this.pass(field, original, collapseSpacing(normalise(original, LOOKALIKE_L)), found, suppressed);
    const hits = [...found.entries()].sort((a, b) => a[1].start - b[1].start || a[0] - b[0]).map(([, hit]) => hit);
    return { hits, suppressed, normalised: first.text };
  }

  private pass(field: Field, original: string, scan: ScanText, found: Map<number, Hit>, suppressed: Suppressed[]): void {
    const { text, boundary } = scan;
    const lengths = this.automaton.lengths;
    // One pass collects candidate hits and allowlisted spans; the allowlist is applied after.
    const candidates: number[] = [];
    const allowedSpans: number[] = [];
    this.automaton.search(text, (id, e) => {
      const s = e - lengths[id]!;
      if (id >= this.allowedFrom) {
        allowedSpans.push(s, e);
        return;
      }
      for (const entry of this.entriesOf[id]!) {
        if (found.has(entry)) continue;
        if (this.words[entry]!.mode === "word" && !(boundary[s] && boundary[e])) continue;
        candidates.push(entry, s, e);
      }
    });
    const reach = allowedSpans.length ? reachOf(allowedSpans, text.length) : null;
    const report = (entry: number, s: number, e: number) => {
      if (found.has(entry)) return;
      const w = this.words[entry]!;
      const start = scan.start[s]!;
      const end = scan.end[e - 1]!;
      const matched = original.slice(start, end);
      if (reach !== null && reach[s]! >= e) {
        if (!suppressed.some((x) => x.word === w.word && x.matched === matched)) suppressed.push({ word: w.word, field, matched });
        return;
      }
      found.set(entry, { wordId: w.id, word: w.word, mode: w.mode, action: w.action, field, matched, start, end });
    };
    for (let i = 0; i < candidates.length; i += 3) report(candidates[i]!, candidates[i + 1]!, candidates[i + 2]!);
    const capped = text.length > REGEX_INPUT_LIMIT ? text.slice(0, REGEX_INPUT_LIMIT) : text;
    for (const { entry, regex } of this.regexes) {
      if (found.has(entry)) continue;
      regex.lastIndex = 0;
      for (let n = 0; n < MAX_REGEX_MATCHES; n++) {
        const m = regex.exec(capped);
        if (!m) break;
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        report(entry, m.index, m.index + m[0].length);
        if (found.has(entry)) break;
      }
    }
  }
}

/** `reach[s]`: the furthest end of an allowlisted span starting at or before s; a hit [s, e) is covered when reach[s] >= e. */
function reachOf(spans: number[], length: number): Int32Array {
  const reach = new Int32Array(length + 1);
  for (let i = 0; i < spans.length; i += 2) if (reach[spans[i]!]! < spans[i + 1]!) reach[spans[i]!] = spans[i + 1]!;
  for (let i = 1; i < reach.length; i++) if (reach[i]! < reach[i - 1]!) reach[i] = reach[i - 1]!;
  return reach;
}

export function compileMatcher(words: ListedWord[], allowed: string[]): Matcher {
  return new Matcher(words, allowed);
}
