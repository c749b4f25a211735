/**
 * The compiled matcher, built once per version of the word lists and kept per process.
 * Every scan reads the lists' fingerprint (row counts and the sum of their updated_at, one
 * cheap query), so an instance rebuilds as soon as any instance changed a list: no message
 * bus, no TTL, nothing that can be missed. The fingerprint is read inside the caller's
 * transaction, so a list change in that same transaction is seen too.
 */
import { sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";
import { allowedWords, bannedWords } from "@/db/schema";
import { compileMatcher, type ListedWord, type Matcher } from "@/lib/moderation/matcher";

interface Cached {
  fingerprint: string;
  matcher: Matcher;
}

const globalCache = globalThis as unknown as { __wardenMatcher?: Cached; __wardenMatcherBuilds?: Map<string, Promise<Matcher>> };

export async function listFingerprint(ex: Executor): Promise<string> {
  const [row] = await rowsOf<{ b: string; a: string }>(
    ex,
    sql`SELECT
          (SELECT count(*) || ':' || coalesce(sum(extract(epoch FROM ${bannedWords.updatedAt})), 0) FROM ${bannedWords}) AS b,
          (SELECT count(*) || ':' || coalesce(sum(extract(epoch FROM ${allowedWords.updatedAt})), 0) FROM ${allowedWords}) AS a`,
  );
  return `${row?.b}|${row?.a}`;
}

async function build(ex: Executor): Promise<Matcher> {
  const words = await ex
    .select({ id: bannedWords.id, word: bannedWords.word, mode: bannedWords.matchMode, action: bannedWords.action })
    .from(bannedWords)
    .where(sql`${bannedWords.isActive}`);
  const allowed = await ex.select({ word: allowedWords.word }).from(allowedWords);
  return compileMatcher(words satisfies ListedWord[], allowed.map((a) => a.word));
}

/** The matcher for the lists as `ex` sees them now. */
export async function getMatcher(ex: Executor): Promise<Matcher> {
  const fingerprint = await listFingerprint(ex);
  const cached = globalCache.__wardenMatcher;
  if (cached?.fingerprint === fingerprint) return cached.matcher;
  const builds = (globalCache.__wardenMatcherBuilds ??= new Map());
  let pending = builds.get(fingerprint);
  if (!pending) {
    pending = build(ex).finally(() => builds.delete(fingerprint));
    builds.set(fingerprint, pending);
  }
  const matcher = await pending;
  globalCache.__wardenMatcher = { fingerprint, matcher };
  return matcher;
}
