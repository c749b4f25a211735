"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/features/accounts/current";
import type { Viewer } from "@/features/accounts/viewer";
import { createTodo, deleteTodo, updateTodo } from "@/features/todos/data";
import { CreateTodoInput, TodoStatus, UpdateTodoInput } from "@/features/todos/schemas";
import { NotFoundError, parseInput } from "@/lib/errors";
import { toActionState, type ActionState } from "@/lib/forms";
import type { Actor } from "@/lib/write-path";
import { todoInputFromForm } from "./form-input";

/** Form state for a refused save, keeping every checked weekday (not only the last). */
function refused(err: unknown, form: FormData): ActionState {
  const state = toActionState(err, form);
  state.values = { ...state.values, recurrence_weekdays: form.getAll("recurrence_weekdays").join(",") };
  return state;
}

async function pageActor(viewer: Viewer): Promise<Actor> {
  return { userId: viewer.id, source: "page", requestId: (await headers()).get("x-request-id") };
}

export async function createTodoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  let id: string;
  try {
    const input = parseInput(CreateTodoInput, todoInputFromForm(form));
    id = (await createTodo(viewer, input, await pageActor(viewer))).id;
  } catch (err) {
    return refused(err, form);
  }
  revalidatePath("/todos");
  redirect(`/todos/${id}`);
}

export async function updateTodoAction(id: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  try {
    const input = parseInput(UpdateTodoInput, todoInputFromForm(form));
    await updateTodo(viewer, id, input, await pageActor(viewer));
  } catch (err) {
    return refused(err, form);
  }
  revalidatePath("/todos");
  revalidatePath(`/todos/${id}`);
  redirect(`/todos/${id}`);
}

/** The list's quick add: a title (and optional due date), everything else default. */
export async function quickAddTodoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireUser();
  const title = String(form.get("title") ?? "");
  try {
    await createTodo(viewer, { title }, await pageActor(viewer));
  } catch (err) {
    return toActionState(err, form);
  }
  revalidatePath("/todos");
  return { ok: true, message: `Added “${title.trim()}”.` };
}

/** One click from the list: start, complete or reopen. Works as a plain form post without JavaScript. */
export async function setTodoStatusAction(form: FormData): Promise<void> {
  const viewer = await requireUser();
  const id = String(form.get("id") ?? "");
  const status = TodoStatus.safeParse(form.get("status"));
  if (!status.success) throw new NotFoundError();
  await updateTodo(viewer, id, { status: status.data }, await pageActor(viewer));
  revalidatePath("/todos");
  revalidatePath(`/todos/${id}`);
  const back = String(form.get("back") ?? "");
  if (back.startsWith("/todos")) redirect(back);
}

export async function deleteTodoAction(form: FormData): Promise<void> {
  const viewer = await requireUser();
  await deleteTodo(viewer, String(form.get("id") ?? ""), await pageActor(viewer));
  revalidatePath("/todos");
  redirect("/todos?deleted=1");
}
