import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyTodoRules, MESSAGES, type TodoTimes } from "@/features/todos/rules";
import { TODO_STATUSES } from "@/features/todos/schemas";

const NOW = new Date("2026-11-24T12:00:00Z");
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe("applyTodoRules", () => {
  it("checks a due date only when it is set or changed", () => {
    const before: TodoTimes = { status: "pending", dueOn: at(-60), startedOn: null, completedOn: null };
    expect(applyTodoRules(before, { dueOn: at(-60) }, NOW).errors).toEqual({});
    expect(applyTodoRules(before, { status: "in_progress" }, NOW).errors).toEqual({});
    expect(applyTodoRules(before, { dueOn: at(-30) }, NOW).errors).toEqual({ due_on: [MESSAGES.dueInPast] });
    expect(applyTodoRules(null, { dueOn: NOW }, NOW).errors).toEqual({ due_on: [MESSAGES.dueInPast] });
  });

  it("keeps status and dates in agreement for any write (property)", () => {
    const date = fc.option(fc.integer({ min: -10_000, max: 10_000 }).map(at), { nil: null });
    const times = fc.record({ status: fc.constantFrom(...TODO_STATUSES), dueOn: date, startedOn: date, completedOn: date });
    const consistent = times.filter((t) => (t.status === "completed") === (t.completedOn !== null) && !(t.startedOn && t.completedOn && t.startedOn >= t.completedOn));
    const patch = fc.record({ status: fc.constantFrom(...TODO_STATUSES), startedOn: date, completedOn: date }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.option(consistent, { nil: null }), patch, (before, p) => {
        const { times: out, errors } = applyTodoRules(before, p, NOW);
        if (Object.keys(errors).length > 0) return;
        expect(out.status === "completed").toBe(out.completedOn !== null);
        if (out.startedOn && out.completedOn) expect(out.startedOn.getTime()).toBeLessThan(out.completedOn.getTime());
        if (out.status === "in_progress" && (!before || before.status !== "in_progress")) expect(out.startedOn).not.toBeNull();
      }),
    );
  });
});
