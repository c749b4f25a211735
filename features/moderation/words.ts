/**
 * The banned-word list and the allowlist (admins only). Every write goes through the write
 * path; the matcher notices the change on its next scan (matcher-cache.ts).
 */
import { and, asc, count, eq, ilike, type SQL } from "drizzle-orm";
import { getDb, transaction } from "@/db/client";
import { allowedWords, bannedWords } from "@/db/schema";
import { assertAdmin } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { isUuid } from "@/features/accounts/viewer-query";
import { offsetOf } from "@/lib/api/pagination";
import { NotFoundError, parseInput, ValidationError } from "@/lib/errors";
import { createRow, deleteRow, lockRow, updateRow, type Actor } from "@/lib/write-path";
import { likePattern } from "@/features/todos/list";
import { allowedWordModel, bannedWordModel } from "./model";
import {
  CreateAllowedWordInput,
  CreateBannedWordInput,
  UpdateAllowedWordInput,
  UpdateBannedWordInput,
  wordProblem,
  type AllowedWordDto,
  type AllowedWordListQuery,
  type BannedWordDto,
  type BannedWordListQuery,
} from "./schemas";

type BannedRow = typeof bannedWords.$inferSelect;
type AllowedRow = typeof allowedWords.$inferSelect;

export function toBannedWordDto(row: BannedRow): BannedWordDto {
  return {
    id: row.id,
    word: row.word,
    match_mode: row.matchMode,
    action: row.action,
    is_active: row.isActive,
    created_by: row.createdById,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export function toAllowedWordDto(row: AllowedRow): AllowedWordDto {
  return { id: row.id, word: row.word, created_by: row.createdById, created_at: row.createdAt.toISOString(), updated_at: row.updatedAt.toISOString() };
}

export interface Listing<T> {
  rows: T[];
  total: number;
}

export async function listBannedWords(viewer: Viewer, query: BannedWordListQuery): Promise<Listing<BannedWordDto>> {
  assertAdmin(viewer);
  const where = and(
    query.q ? ilike(bannedWords.word, likePattern(query.q)) : undefined,
    query.match_mode ? eq(bannedWords.matchMode, query.match_mode) : undefined,
    query.action ? eq(bannedWords.action, query.action) : undefined,
    query.is_active !== undefined ? eq(bannedWords.isActive, query.is_active) : undefined,
  );
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db.select().from(bannedWords).where(where).orderBy(asc(bannedWords.word), asc(bannedWords.id)).limit(query.page_size).offset(offsetOf(query)),
    db.select({ n: count() }).from(bannedWords).where(where),
  ]);
  return { rows: rows.map(toBannedWordDto), total: total?.n ?? 0 };
}

export async function getBannedWord(viewer: Viewer, id: string): Promise<BannedWordDto> {
  assertAdmin(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await getDb().select().from(bannedWords).where(eq(bannedWords.id, id));
  if (!row) throw new NotFoundError();
  return toBannedWordDto(row);
}

export async function createBannedWord(viewer: Viewer, input: unknown, actor: Actor): Promise<BannedWordDto> {
  assertAdmin(viewer);
  const data = parseInput(CreateBannedWordInput, input);
  const { after } = await transaction((tx) =>
    createRow(tx, bannedWordModel, { word: data.word, matchMode: data.match_mode, action: data.action, isActive: data.is_active, createdById: viewer.id }, actor),
  );
  return toBannedWordDto(after);
}

export async function updateBannedWord(viewer: Viewer, id: string, input: unknown, actor: Actor): Promise<BannedWordDto> {
  assertAdmin(viewer);
  const data = parseInput(UpdateBannedWordInput, input);
  if (!isUuid(id)) throw new NotFoundError();
  const { after } = await transaction(async (tx) => {
    const before = await lockRow(tx, bannedWordModel, id);
    const word = data.word ?? before.word;
    const mode = data.match_mode ?? before.matchMode;
    const problem = wordProblem(word, mode);
    if (problem) throw ValidationError.field(data.word !== undefined ? "word" : "match_mode", problem);
    return updateRow(
      tx,
      bannedWordModel,
      id,
      {
        ...(data.word !== undefined && { word: data.word }),
        ...(data.match_mode !== undefined && { matchMode: data.match_mode }),
        ...(data.action !== undefined && { action: data.action }),
        ...(data.is_active !== undefined && { isActive: data.is_active }),
      },
      actor,
      { before },
    );
  });
  return toBannedWordDto(after);
}

export async function deleteBannedWord(viewer: Viewer, id: string, actor: Actor): Promise<void> {
  assertAdmin(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await transaction((tx) => deleteRow(tx, bannedWordModel, id, actor));
}

export async function listAllowedWords(viewer: Viewer, query: AllowedWordListQuery): Promise<Listing<AllowedWordDto>> {
  assertAdmin(viewer);
  const where: SQL | undefined = query.q ? ilike(allowedWords.word, likePattern(query.q)) : undefined;
  const db = getDb();
  const [rows, [total]] = await Promise.all([
    db.select().from(allowedWords).where(where).orderBy(asc(allowedWords.word), asc(allowedWords.id)).limit(query.page_size).offset(offsetOf(query)),
    db.select({ n: count() }).from(allowedWords).where(where),
  ]);
  return { rows: rows.map(toAllowedWordDto), total: total?.n ?? 0 };
}

export async function getAllowedWord(viewer: Viewer, id: string): Promise<AllowedWordDto> {
  assertAdmin(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  const [row] = await getDb().select().from(allowedWords).where(eq(allowedWords.id, id));
  if (!row) throw new NotFoundError();
  return toAllowedWordDto(row);
}

export async function createAllowedWord(viewer: Viewer, input: unknown, actor: Actor): Promise<AllowedWordDto> {
  assertAdmin(viewer);
  const data = parseInput(CreateAllowedWordInput, input);
  const { after } = await transaction((tx) => createRow(tx, allowedWordModel, { word: data.word, createdById: viewer.id }, actor));
  return toAllowedWordDto(after);
}

export async function updateAllowedWord(viewer: Viewer, id: string, input: unknown, actor: Actor): Promise<AllowedWordDto> {
  assertAdmin(viewer);
  const data = parseInput(UpdateAllowedWordInput, input);
  if (!isUuid(id)) throw new NotFoundError();
  const { after } = await transaction((tx) => updateRow(tx, allowedWordModel, id, { word: data.word }, actor));
  return toAllowedWordDto(after);
}

export async function deleteAllowedWord(viewer: Viewer, id: string, actor: Actor): Promise<void> {
  assertAdmin(viewer);
  if (!isUuid(id)) throw new NotFoundError();
  await transaction((tx) => deleteRow(tx, allowedWordModel, id, actor));
}
