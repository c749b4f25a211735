/**
 * POST /api/v1/todos/bulk: up to 1,000 todos, all or nothing, in one transaction. Errors are
 * keyed by row index ("3.title"). Rows, audit entries and events are written with one
 * statement each (createRows), tags resolved once for the whole batch; moderation still
 * scans every row.
 */
import { v7 as uuidv7 } from "uuid";
import { getDb, transaction } from "@/db/client";
import { assertUser } from "@/features/accounts/policy";
import type { Viewer } from "@/features/accounts/viewer";
import { runModerated, scanTodoWrite } from "@/features/moderation/scan";
import { linkTags, resolveTags, sortNames } from "@/features/tags/data";
import { parseInput, ValidationError, zodFieldErrors, type FieldErrors } from "@/lib/errors";
import { createRows, type Actor, type Changes } from "@/lib/write-path";
import { checkDraft, draftFromInput, type TodoDraft, type WriteOptions } from "./data";
import { timezoneOf, toTodoDto } from "./dto";
import { todoModel } from "./model";
import type { TodoTimes } from "./rules";
import { BulkEnvelope, CreateTodoInput, type BulkCreateTodosInput, type TodoDto } from "./schemas";

/** `input` is the request body as sent: each row is parsed on its own so its errors carry its index ("3.title"). */
export async function createTodos(viewer: Viewer, input: BulkCreateTodosInput | unknown, actor: Actor, options: WriteOptions = {}): Promise<TodoDto[]> {
  assertUser(viewer);
  const envelope = parseInput(BulkEnvelope, input);
  const now = options.now ?? new Date();
  const timeZone = await timezoneOf(getDb(), viewer.id);
  const errors: FieldErrors = {};
  const drafts: TodoDraft[] = [];
  const checked: TodoTimes[] = [];
  envelope.todos.forEach((row, i) => {
    const parsed = CreateTodoInput.safeParse(row);
    if (!parsed.success) {
      Object.assign(errors, zodFieldErrors(parsed.error, i));
      return;
    }
    const draft = draftFromInput(parsed.data, timeZone);
    const result = checkDraft(draft, now, i);
    Object.assign(errors, result.errors);
    drafts.push(draft);
    checked.push(result.times);
  });
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  return runModerated(() =>
    transaction(async (tx) => {
      const tagsByName = await resolveTags(tx, viewer.id, drafts.flatMap((d) => d.tags), actor);
      const ids = drafts.map(() => uuidv7());
      const tagsOf = drafts.map((d) => d.tags.map((name) => tagsByName.get(name.toLowerCase())!));
      const namesOf = tagsOf.map((list) => sortNames(list.map((t) => t.name)));
      const rows = await createRows(
        tx,
        todoModel,
        drafts.map((draft, i) => ({
          id: ids[i]!,
          ownerId: viewer.id,
          title: draft.title,
          description: draft.description,
          priority: draft.priority,
          ...checked[i]!,
          recurrence: draft.recurrence,
          seriesId: draft.recurrence ? ids[i]! : null,
        })),
        actor,
        { extraChanges: (i): Changes => (namesOf[i]!.length > 0 ? { tags: [[], namesOf[i]!] } : {}) },
      );
      await linkTags(tx, tagsOf.flatMap((list, i) => list.map((tag) => ({ todoId: ids[i]!, tagId: tag.id }))));
      for (const [i, row] of rows.entries()) {
        await scanTodoWrite(tx, { ownerId: viewer.id, todoId: row.id, title: row.title, description: row.description, fieldPrefix: i }, actor);
      }
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id, i) => toTodoDto(byId.get(id)!, namesOf[i]!));
    }),
  );
}
