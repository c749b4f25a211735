/**
 * The moderation hook of the todo write path (SPEC §4). The todos DAL calls
 * `scanTodoWrite` inside its transaction, after writing the row, for every create and for
 * every update that changes the title or description; and runs the whole save through
 * `runModerated`.
 *
 * A `block` word refuses the save with a 422 field error. The save's transaction then rolls
 * back, taking anything written in it along, so the attempt is remembered outside it (in
 * the AsyncLocalStorage context `runModerated` opens) and logged by `runModerated` in a
 * transaction of its own after the rollback (todo_id null, action `block`). A block attempt
 * is a log row, so it counts as a strike like any other hit. Only the blocking words are
 * logged for a refused save: the others were never saved.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { transaction, type Tx } from "@/db/client";
import { ValidationError, type FieldErrors } from "@/lib/errors";
import { log } from "@/lib/log";
import type { Hit, Matcher } from "@/lib/moderation/matcher";
import type { Actor } from "@/lib/write-path";
import { getMatcher } from "./matcher-cache";
import { recordHits } from "./strikes";

export interface TodoScanInput {
  ownerId: string;
  /** The row's id (the scan runs after the insert or update). */
  todoId: string;
  /** The fields to scan: on update only those whose value changed. */
  title?: string;
  description?: string;
  /** Prefix of the field keys of a refusal, e.g. the row index in a bulk create ("3" → "3.title"). */
  fieldPrefix?: string | number;
}

interface BlockedAttempt {
  ownerId: string;
  hits: Hit[];
  actor: Actor;
}

const attempts = new AsyncLocalStorage<BlockedAttempt[]>();
/** One matcher per transaction: a bulk save scans many rows against the same lists. */
const perTransaction = new WeakMap<Tx, Matcher>();

/** A save refused because it holds a `block` word: a ValidationError with the hits behind it. */
export class ModerationBlockedError extends ValidationError {
  constructor(
    fields: FieldErrors,
    readonly hits: Hit[],
  ) {
    super(fields, "This text contains words that are not allowed.");
  }
}

export async function scanTodoWrite(tx: Tx, input: TodoScanInput, actor: Actor): Promise<void> {
  if (!input.title && !input.description) return;
  let matcher = perTransaction.get(tx);
  if (!matcher) {
    matcher = await getMatcher(tx);
    perTransaction.set(tx, matcher);
  }
  const hits = matcher.scan({ title: input.title, description: input.description });
  if (hits.length === 0) return;
  const blocking = hits.filter((h) => h.action === "block");
  if (blocking.length === 0) {
    await recordHits(tx, { userId: input.ownerId, todoId: input.todoId, hits }, actor);
    return;
  }
  const store = attempts.getStore();
  if (store) store.push({ ownerId: input.ownerId, hits: blocking, actor });
  else log.warn("moderation: a blocked save ran outside runModerated; the attempt is not logged", { ownerId: input.ownerId });
  const fields: FieldErrors = {};
  for (const hit of blocking) {
    const key = input.fieldPrefix === undefined ? hit.field : `${input.fieldPrefix}.${hit.field}`;
    (fields[key] ??= []).push(`"${hit.matched}" is not allowed here.`);
  }
  throw new ModerationBlockedError(fields, blocking);
}

/** Runs a todo save; if moderation refused it, logs the attempt after the rollback, then rethrows. */
export async function runModerated<T>(save: () => Promise<T>): Promise<T> {
  const blocked: BlockedAttempt[] = [];
  try {
    return await attempts.run(blocked, save);
  } catch (err) {
    for (const attempt of blocked.splice(0)) {
      try {
        await transaction((tx) => recordHits(tx, { userId: attempt.ownerId, todoId: null, hits: attempt.hits }, attempt.actor));
      } catch (logErr) {
        log.error("moderation: could not log a blocked attempt", { error: logErr instanceof Error ? logErr.message : String(logErr) });
      }
    }
    throw err;
  }
}
