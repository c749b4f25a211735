/**
 * The todo form's strings as the API's JSON input (CreateTodoInput / UpdateTodoInput), so a
 * form save and an API save go through the same schema and DAL function.
 */
import { ruleFromChoice, WEEKDAYS, type RecurrencePreset, type Weekday } from "@/lib/recurrence";
import { ValidationError } from "@/lib/errors";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** "home, Work ,," → ["home", "Work"]. */
export function tagList(value: string): string[] {
  return value
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The recurrence picker's fields as RRULE text (null for none), or a field error. */
export function recurrenceFromForm(form: FormData): string | null {
  const preset = (text(form, "recurrence_preset") || "none") as RecurrencePreset;
  const monthDay = text(form, "recurrence_month_day");
  const result = ruleFromChoice({
    preset,
    weekdays: form.getAll("recurrence_weekdays").filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(String(d))),
    monthDay: monthDay === "" ? undefined : Number(monthDay),
    custom: text(form, "recurrence_custom"),
  });
  if ("field" in result) throw ValidationError.field(result.field === "recurrence" ? "recurrence_custom" : result.field, result.message);
  return result.rule;
}

/**
 * The whole form as a todo input. An empty due date clears it; a due date shown unchanged
 * (`due_on_initial`) is left out, so saving an old todo whose due date has passed still works.
 */
export function todoInputFromForm(form: FormData) {
  const dueOn = text(form, "due_on").trim();
  const unchangedDue = form.has("due_on_initial") && dueOn === text(form, "due_on_initial");
  return {
    title: text(form, "title"),
    description: text(form, "description"),
    status: text(form, "status") || undefined,
    priority: text(form, "priority") || undefined,
    ...(unchangedDue ? {} : { due_on: dueOn || null }),
    recurrence: recurrenceFromForm(form),
    tags: tagList(text(form, "tags")),
  };
}
