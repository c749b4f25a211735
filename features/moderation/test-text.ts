/** The admin's "test this text" box: what the current lists would match, and why. Nothing is saved or logged. */
import type { z } from "zod";
import { getDb } from "@/db/client";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { parseInput } from "@/lib/errors";
import { getMatcher } from "./matcher-cache";
import { TestTextInput } from "./schemas";

export interface TestTextResult {
  /** The text as the matcher reads it (folded, look-alikes replaced, spaced spellings joined). */
  normalised: string;
  hits: { word: string; match_mode: string; action: string; matched: string; start: number; end: number; why: string }[];
  /** Hits the allowlist cancelled. */
  allowed: { word: string; matched: string }[];
}

const WHY = {
  word: "whole word",
  substring: "anywhere, even inside other words",
  regex: "regular expression",
} as const;

export async function testText(viewer: Viewer, input: z.input<typeof TestTextInput>): Promise<TestTextResult> {
  assertAdmin(viewer);
  const { text } = parseInput(TestTextInput, input);
  const matcher = await getMatcher(getDb());
  const report = matcher.scanField("description", text);
  return {
    normalised: report.normalised,
    hits: report.hits.map((h) => ({
      word: h.word,
      match_mode: h.mode,
      action: h.action,
      matched: h.matched,
      start: h.start,
      end: h.end,
      why: `"${h.matched}" reads as "${h.word}" (${WHY[h.mode]})${h.action === "block" ? "; a save would be refused" : "; a save would be logged"}`,
    })),
    allowed: report.suppressed.map((s) => ({ word: s.word, matched: s.matched })),
  };
}
