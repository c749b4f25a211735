/**
 * SPEC §3, the rules that need the previous row or the clock (Django's clean()). Pure:
 * given the row before (null on create), the fields the write sets and `now`, it returns the
 * dates to store or the field errors. The database CHECKs in db/schema/todos.ts back up
 * rules 1, 3 and 4; rule 2 depends on the clock, so only this layer can hold it.
 */
import type { FieldErrors } from "@/lib/errors";
import type { TodoStatus } from "./schemas";

export interface TodoTimes {
  status: TodoStatus;
  dueOn: Date | null;
  startedOn: Date | null;
  completedOn: Date | null;
}

export interface RulesResult {
  times: TodoTimes;
  errors: FieldErrors;
}

export const MESSAGES = {
  dueInPast: "The due date must be in the future.",
  startedAfterCompleted: "Must be later than started_on.",
  recurringWithoutDue: "A repeating todo needs a due date: its next instance is due one step after it.",
  completedNotCompleted: "Only a completed todo has a completion date: set status to completed, or leave this empty.",
} as const;

const same = (a: Date | null | undefined, b: Date | null | undefined) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

export function applyTodoRules(before: TodoTimes | null, patch: Partial<TodoTimes>, now: Date): RulesResult {
  const errors: FieldErrors = {};
  const pick = <K extends keyof TodoTimes>(key: K, fallback: TodoTimes[K]): TodoTimes[K] =>
    key in patch && patch[key] !== undefined ? (patch[key] as TodoTimes[K]) : before ? before[key] : fallback;

  const status = pick("status", "pending");
  const dueOn = pick("dueOn", null);
  let startedOn = pick("startedOn", null);
  let completedOn = pick("completedOn", null);

  // Rule 2: only a due date being set or changed must lie ahead; an old one may stay.
  if (patch.dueOn && !same(patch.dueOn, before?.dueOn) && patch.dueOn.getTime() <= now.getTime()) {
    errors.due_on = [MESSAGES.dueInPast];
  }

  // Rule 3: status and dates agree.
  const statusMoved = !before || before.status !== status;
  if (status === "in_progress" && statusMoved && !startedOn) startedOn = now;
  if (status === "completed") {
    completedOn ??= now;
  } else {
    if (patch.completedOn) errors.completed_on = [MESSAGES.completedNotCompleted];
    completedOn = null;
  }

  // Rule 1.
  if (startedOn && completedOn && startedOn.getTime() >= completedOn.getTime()) {
    (errors.completed_on ??= []).push(MESSAGES.startedAfterCompleted);
  }

  return { times: { status, dueOn, startedOn, completedOn }, errors };
}
