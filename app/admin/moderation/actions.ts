"use server";

import { revalidatePath } from "next/cache";
import { requireAdmin } from "@/features/accounts/current";
import type { Viewer } from "@/features/accounts/viewer";
import { decideAppeal } from "@/features/moderation/appeals";
import { applyImport, previewImport, type ImportFormat, type ImportPreview } from "@/features/moderation/import";
import { testText, type TestTextResult } from "@/features/moderation/test-text";
import { createAllowedWord, createBannedWord, deleteAllowedWord, deleteBannedWord, updateBannedWord } from "@/features/moderation/words";
import { formObject, toActionState, typedValues, type ActionState } from "@/lib/forms";
import type { Actor } from "@/lib/write-path";

const actorOf = (viewer: Viewer): Actor => ({ userId: viewer.id, source: "admin" });
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

export async function addBannedWordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireAdmin();
  const values = formObject(form);
  try {
    await createBannedWord(viewer, { word: values.word ?? "", match_mode: values.match_mode, action: values.action }, actorOf(viewer));
  } catch (err) {
    return toActionState(err, form);
  }
  revalidatePath("/admin/moderation/words");
  return { ok: true, message: `Added "${values.word}".` };
}

export async function addAllowedWordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const viewer = await requireAdmin();
  try {
    await createAllowedWord(viewer, { word: text(form, "word") }, actorOf(viewer));
  } catch (err) {
    return toActionState(err, form);
  }
  revalidatePath("/admin/moderation/words");
  return { ok: true, message: `Allowed "${text(form, "word")}".` };
}

/** Row buttons (each its own action, so nothing depends on which submit button the browser reports). */
async function wordRow(form: FormData, op: "activate" | "deactivate" | "delete" | "delete-allowed"): Promise<void> {
  const viewer = await requireAdmin();
  const id = text(form, "id");
  if (op === "activate" || op === "deactivate") await updateBannedWord(viewer, id, { is_active: op === "activate" }, actorOf(viewer));
  else if (op === "delete") await deleteBannedWord(viewer, id, actorOf(viewer));
  else await deleteAllowedWord(viewer, id, actorOf(viewer));
  revalidatePath("/admin/moderation/words");
}

export async function activateWordAction(form: FormData): Promise<void> {
  await wordRow(form, "activate");
}
export async function deactivateWordAction(form: FormData): Promise<void> {
  await wordRow(form, "deactivate");
}
export async function deleteWordAction(form: FormData): Promise<void> {
  await wordRow(form, "delete");
}
export async function deleteAllowedWordAction(form: FormData): Promise<void> {
  await wordRow(form, "delete-allowed");
}

export interface ImportState extends ActionState {
  preview?: ImportPreview;
  applied?: boolean;
  content?: string;
  format?: ImportFormat;
}

/** First step: read the file (or pasted text) and show what would be added and refused. Second step (`apply`): add them. */
export async function importWordsAction(_prev: ImportState, form: FormData): Promise<ImportState> {
  const viewer = await requireAdmin();
  const file = form.get("file");
  let content = text(form, "content");
  let format: ImportFormat = text(form, "format") === "csv" ? "csv" : "txt";
  if (file instanceof File && file.size > 0) {
    if (file.size > 2_000_000) return { ok: false, fields: { file: ["The file is larger than 2 MB."] } };
    content = await file.text();
    format = file.name.toLowerCase().endsWith(".csv") ? "csv" : "txt";
  }
  if (!content.trim()) return { ok: false, fields: { file: ["Choose a .txt or .csv file, or paste the words."] }, values: typedValues(form) };
  try {
    if (text(form, "apply") === "1") {
      const result = await applyImport(viewer, content, format, actorOf(viewer));
      revalidatePath("/admin/moderation/words");
      return { ok: true, applied: true, preview: result, message: `Added ${result.add.length} word(s).` };
    }
    return { ok: true, preview: await previewImport(viewer, content, format), content, format };
  } catch (err) {
    return toActionState(err, form);
  }
}

export interface TestState {
  text?: string;
  result?: TestTextResult;
  message?: string;
}

export async function testTextAction(_prev: TestState, form: FormData): Promise<TestState> {
  const viewer = await requireAdmin();
  const value = text(form, "text");
  try {
    return { text: value, result: await testText(viewer, { text: value }) };
  } catch (err) {
    return { text: value, message: toActionState(err).message };
  }
}

async function decide(form: FormData, decision: "accept" | "reject"): Promise<void> {
  const viewer = await requireAdmin();
  await decideAppeal(viewer, text(form, "id"), { decision, note: text(form, "note") || undefined }, actorOf(viewer));
  revalidatePath("/admin/moderation/appeals");
}

export async function acceptAppealAction(form: FormData): Promise<void> {
  await decide(form, "accept");
}
export async function rejectAppealAction(form: FormData): Promise<void> {
  await decide(form, "reject");
}
