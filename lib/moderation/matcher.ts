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
  private readonly automaton: Automaton;
  private readonly allowed: Automaton | null;
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
    this.automaton = new Automaton(patterns);
    const allowedNorm = [...new Set(allowedWords.map(normaliseWord).filter(Boolean))];
    this.allowed = allowedNorm.length ? new Automaton(allowedNorm) : null;
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
    const reach = this.allowedReach(text);
    const covered = (s: number, e: number) => reach !== null && reach[s]! >= e;
    const report = (entry: number, s: number, e: number) => {
      const w = this.words[entry]!;
      const start = scan.start[s]!;
      const end = scan.end[e - 1]!;
      const matched = original.slice(start, end);
      if (covered(s, e)) {
        if (!suppressed.some((x) => x.word === w.word && x.matched === matched)) suppressed.push({ word: w.word, field, matched });
        return;
      }
      found.set(entry, { wordId: w.id, word: w.word, mode: w.mode, action: w.action, field, matched, start, end });
    };
    this.automaton.search(text, (id, e) => {
      const s = e - this.automaton.lengths[id]!;
      for (const entry of this.entriesOf[id]!) {
        if (found.has(entry)) continue;
        if (this.words[entry]!.mode === "word" && !(boundary[s] && boundary[e])) continue;
        report(entry, s, e);
      }
    });
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

  /** `reach[s]`: the furthest end of an allowlisted occurrence starting at or before s (null when none). */
  private allowedReach(text: string): Int32Array | null {
    if (!this.allowed) return null;
    const allowed = this.allowed;
    const holder: { reach: Int32Array | null } = { reach: null };
    allowed.search(text, (id, e) => {
      const reach = (holder.reach ??= new Int32Array(text.length + 1));
      const s = e - allowed.lengths[id]!;
      if (reach[s]! < e) reach[s] = e;
    });
    const r = holder.reach;
    if (r === null) return null;
    for (let i = 1; i < r.length; i++) if (r[i]! < r[i - 1]!) r[i] = r[i - 1]!;
    return r;
  }
}

export function compileMatcher(words: ListedWord[], allowed: string[]): Matcher {
  return new Matcher(words, allowed);
}
