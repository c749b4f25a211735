"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ProfileDto } from "@/features/users/schemas";
import { initialState } from "@/lib/forms";
import { updateProfileAction } from "./actions";

/** Errors on `links.3` belong to the links box. */
const linkErrors = (fields: Record<string, string[]> | undefined) =>
  fields ? Object.entries(fields).flatMap(([key, msgs]) => (key === "links" || key.startsWith("links.") ? msgs : [])) : undefined;

export function ProfileForm({ profile, timezones }: { profile: ProfileDto; timezones: string[] }) {
  const [state, action] = useActionState(updateProfileAction, initialState);
  const v = (name: string, saved: string) => state.values?.[name] ?? saved;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="bio" label="Bio" errors={state.fields?.bio}>
        {(p) => <textarea {...p} rows={3} defaultValue={v("bio", profile.bio)} />}
      </Field>
      <Field name="location" label="Location" errors={state.fields?.location}>
        {(p) => <input {...p} type="text" defaultValue={v("location", profile.location)} />}
      </Field>
      <Field name="timezone" label="Time zone" errors={state.fields?.timezone} hint="Due dates and recurring todos follow it.">
        {(p) => (
          <select {...p} defaultValue={v("timezone", profile.timezone)}>
            {timezones.map((tz) => (
              <option key={tz} value={tz}>
                {tz}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="website" label="Website" errors={state.fields?.website}>
        {(p) => <input {...p} type="url" placeholder="https://" defaultValue={v("website", profile.website ?? "")} />}
      </Field>
      <Field name="avatar_url" label="Avatar URL" errors={state.fields?.avatar_url}>
        {(p) => <input {...p} type="url" placeholder="https://" defaultValue={v("avatar_url", profile.avatar_url ?? "")} />}
      </Field>
      <Field name="links" label="Links" errors={linkErrors(state.fields)} hint="One web address per line, up to 10.">
        {(p) => <textarea {...p} rows={3} defaultValue={v("links", profile.links.join("\n"))} />}
      </Field>
      <div>
        <SubmitButton>Save profile</SubmitButton>
      </div>
    </form>
  );
}
