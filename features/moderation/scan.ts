/**
 * The moderation hook of the todo write path (SPEC §4). The todos DAL calls
 * `scanTodoWrite` inside its transaction for every create and for every update that changes
 * the title or description, and runs the whole save through `runModerated`, which writes
 * the log of a refused (`block`) attempt after the save's transaction rolled back.
 *
 * INTERIM: the contract only; the moderation feature fills in the matcher, the logs and the
 * auto-ban.
 */
import type { Tx } from "@/db/client";
import type { Actor } from "@/lib/write-path";

export interface TodoScanInput {
  ownerId: string;
  /** Null on create before the row exists is not allowed: pass the new row's id (the scan runs after the insert). */
  todoId: string;
  /** The fields to scan: on update only those whose value changed. */
  title?: string;
  description?: string;
}

export async function scanTodoWrite(_tx: Tx, _input: TodoScanInput, _actor: Actor): Promise<void> {}

export async function runModerated<T>(save: () => Promise<T>): Promise<T> {
  return save();
}
