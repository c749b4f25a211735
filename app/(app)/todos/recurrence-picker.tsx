"use client";

import { useState, useSyncExternalStore } from "react";
import { inputClass } from "@/components/forms/field";
import { PRESET_LABELS, RECURRENCE_PRESETS, WEEKDAY_LABELS, WEEKDAYS, type RecurrenceChoice, type RecurrencePreset } from "@/lib/recurrence";

type Errors = Record<string, string[]> | undefined;

function ErrorList({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
      {messages?.map((m) => <p key={m}>{m}</p>)}
    </div>
  );
}

/**
 * Common repeats (daily, weekdays, weekly on…, monthly on day N, yearly) or a custom RRULE.
 * Without JavaScript every detail field shows; with it, only the chosen preset's.
 */
export function RecurrencePicker({ initial, values, errors }: { initial: RecurrenceChoice; values?: Record<string, string>; errors: Errors }) {
  const [preset, setPreset] = useState<RecurrencePreset>((values?.recurrence_preset as RecurrencePreset) ?? initial.preset);
  // False on the server and in the first render, so the no-JavaScript form shows every field.
  const hydrated = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  const show = (p: RecurrencePreset) => !hydrated || preset === p;
  // A refused form sends back the days it had as "MO,WE" (lib/forms keeps one value per name).
  const checkedDays = values ? (values.recurrence_weekdays ?? "").split(",") : (initial.weekdays ?? []);
  const customErrors = [...(errors?.recurrence ?? []), ...(errors?.recurrence_custom ?? [])];
  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-slate-300 p-3 dark:border-slate-700">
      <legend className="px-1 text-sm font-medium">Repeat</legend>
      <label htmlFor="field-recurrence_preset" className="sr-only">
        Repeat
      </label>
      <select
        id="field-recurrence_preset"
        name="recurrence_preset"
        className={inputClass}
        defaultValue={values?.recurrence_preset ?? initial.preset}
        onChange={(e) => setPreset(e.target.value as RecurrencePreset)}
        aria-describedby="recurrence-hint"
      >
        {RECURRENCE_PRESETS.map((p) => (
          <option key={p} value={p}>
            {PRESET_LABELS[p]}
          </option>
        ))}
      </select>
      <p id="recurrence-hint" className="text-sm text-slate-600 dark:text-slate-400">
        A repeating todo needs a due date; the next one is created when it comes due.
      </p>
      {show("weekly") ? (
        <fieldset aria-describedby="field-recurrence_weekdays-error">
          <legend className="text-sm">Weekly on</legend>
          <div className="flex flex-wrap gap-3">
            {WEEKDAYS.map((d) => (
              <label key={d} className="flex items-center gap-1 text-sm">
                <input type="checkbox" name="recurrence_weekdays" value={d} defaultChecked={checkedDays.includes(d)} />
                {WEEKDAY_LABELS[d]}
              </label>
            ))}
          </div>
          <ErrorList id="field-recurrence_weekdays-error" messages={errors?.recurrence_weekdays} />
        </fieldset>
      ) : null}
      {show("monthly") ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="field-recurrence_month_day" className="text-sm">
            Monthly on day
          </label>
          <select
            id="field-recurrence_month_day"
            name="recurrence_month_day"
            className={inputClass}
            defaultValue={values?.recurrence_month_day ?? String(initial.monthDay ?? 1)}
            aria-describedby="field-recurrence_month_day-error"
          >
            {Array.from({ length: 31 }, (_, i) => (
              <option key={i + 1} value={i + 1}>
                {i + 1}
              </option>
            ))}
            <option value={-1}>the last day</option>
          </select>
          <ErrorList id="field-recurrence_month_day-error" messages={errors?.recurrence_month_day} />
        </div>
      ) : null}
      {show("custom") ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="field-recurrence_custom" className="text-sm">
            Custom rule (RRULE)
          </label>
          <input
            id="field-recurrence_custom"
            name="recurrence_custom"
            type="text"
            className={inputClass}
            placeholder="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
            defaultValue={values?.recurrence_custom ?? initial.custom ?? ""}
            aria-describedby="field-recurrence_custom-error"
            aria-invalid={customErrors.length > 0 || undefined}
          />
          <ErrorList id="field-recurrence_custom-error" messages={customErrors} />
        </div>
      ) : null}
    </fieldset>
  );
}
