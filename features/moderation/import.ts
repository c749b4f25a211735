/**
 * Importing banned words from a file: `.txt` (one word per line, word mode, log action) or
 * `.csv` (`word,mode,action`; a header row is optional; empty mode/action take the
 * defaults). `previewImport` says what would be added and what is refused and why;
 * `applyImport` adds exactly what the preview promised, in one transaction.
 */
import Papa from "papaparse";
import { sql } from "drizzle-orm";
import { getDb, transaction, type Executor } from "@/db/client";
import { bannedWords } from "@/db/schema";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { ValidationError } from "@/lib/errors";
import { createRows, type Actor } from "@/lib/write-path";
import { bannedWordModel } from "./model";
import { CreateBannedWordInput } from "./schemas";

export type ImportFormat = "txt" | "csv";

export interface ImportRow {
  line: number;
  word: string;
  match_mode: "word" | "substring" | "regex";
  action: "log" | "block";
}

export interface ImportPreview {
  add: ImportRow[];
  refused: { line: number; text: string; reason: string }[];
}

export const MAX_IMPORT_BYTES = 2_000_000;
export const MAX_IMPORT_ROWS = 20_000;

export function formatOf(filename: string): ImportFormat {
  return filename.toLowerCase().endsWith(".csv") ? "csv" : "txt";
}

function lines(content: string, format: ImportFormat): { line: number; cells: string[] }[] {
  if (format === "txt") {
    return content.split(/\r?\n/).map((text, i) => ({ line: i + 1, cells: [text] }));
  }
  const parsed = Papa.parse<string[]>(content, { skipEmptyLines: false });
  return parsed.data.map((cells, i) => ({ line: i + 1, cells }));
}

/** Reads and checks a file without touching the database. */
export function parseWordFile(content: string, format: ImportFormat): ImportPreview {
  if (content.length > MAX_IMPORT_BYTES) throw ValidationError.field("file", "The file is larger than 2 MB.");
  const add: ImportRow[] = [];
  const refused: ImportPreview["refused"] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of lines(content.replace(/^\uFEFF/, ""), format)) {
    const text = cells.join(",");
    const [word = "", mode = "", action = ""] = cells.map((c) => c.trim());
    if (!word || (format === "txt" && word.startsWith("#"))) continue;
    if (format === "csv" && line === 1 && word.toLowerCase() === "word" && ["mode", "match_mode", ""].includes(mode.toLowerCase())) continue;
    if (add.length >= MAX_IMPORT_ROWS) {
      refused.push({ line, text, reason: `At most ${MAX_IMPORT_ROWS} words per import.` });
      continue;
    }
    const parsed = CreateBannedWordInput.safeParse({ word, match_mode: mode.toLowerCase() || undefined, action: action.toLowerCase() || undefined });
    if (!parsed.success) {
      refused.push({ line, text, reason: parsed.error.issues.map((i) => `${i.path.join(".") || "row"}: ${i.message}`).join(" ") });
      continue;
    }
    const key = `${parsed.data.word.toLowerCase()}\u0000${parsed.data.match_mode}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      refused.push({ line, text, reason: `Repeats line ${earlier}.` });
      continue;
    }
    seen.set(key, line);
    add.push({ line, word: parsed.data.word, match_mode: parsed.data.match_mode, action: parsed.data.action });
  }
  return { add, refused };
}

/** Moves rows that are already listed (same word, any case, same mode) from `add` to `refused`. */
async function withoutExisting(ex: Executor, preview: ImportPreview): Promise<ImportPreview> {
  if (preview.add.length === 0) return preview;
  const existing = await ex
    .select({ word: sql<string>`lower(${bannedWords.word})`, mode: bannedWords.matchMode })
    .from(bannedWords);
  const listed = new Set(existing.map((e) => `${e.word}\u0000${e.mode}`));
  const add: ImportRow[] = [];
  const refused = [...preview.refused];
  for (const row of preview.add) {
    if (listed.has(`${row.word.toLowerCase()}\u0000${row.match_mode}`)) refused.push({ line: row.line, text: row.word, reason: "Already listed with this match mode." });
    else add.push(row);
  }
  refused.sort((a, b) => a.line - b.line);
  return { add, refused };
}

export async function previewImport(viewer: Viewer, content: string, format: ImportFormat): Promise<ImportPreview> {
  assertAdmin(viewer);
  return withoutExisting(getDb(), parseWordFile(content, format));
}

/** Adds the rows the preview accepts; refused rows are reported, not fatal. */
export async function applyImport(viewer: Viewer | null, content: string, format: ImportFormat, actor: Actor): Promise<ImportPreview> {
  if (viewer) assertAdmin(viewer);
  const parsed = parseWordFile(content, format);
  return transaction(async (tx) => {
    // One import at a time, so two imports of the same file cannot both pass the "already listed" check.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7031964101)`);
    const preview = await withoutExisting(tx, parsed);
    for (let i = 0; i < preview.add.length; i += 1000) {
      await createRows(
        tx,
        bannedWordModel,
        preview.add.slice(i, i + 1000).map((row) => ({ word: row.word, matchMode: row.match_mode, action: row.action, createdById: viewer?.id ?? null })),
        actor,
      );
    }
    return preview;
  });
}
