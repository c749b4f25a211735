/**
 * Moderation inputs and outputs (SPEC §7), shared by forms, actions, route handlers, the
 * CLI and the OpenAPI document.
 */
import { z } from "zod";
import { normaliseWord } from "@/lib/moderation/normalise";
import { checkRegex } from "@/lib/moderation/regex-safety";
import { PageQuery } from "@/lib/api/pagination";

export const MatchMode = z.enum(["word", "substring", "regex"], { message: "Choose word, substring or regex." });
export const WordAction = z.enum(["log", "block"], { message: "Choose log or block." });
export const ModeratedField = z.enum(["title", "description"]);

const WordText = z.string({ message: "Enter a word." }).trim().min(1, "Enter a word.").max(200, "Use at most 200 characters.");

/** Why a banned word cannot be used as given, or null when it can. */
export function wordProblem(word: string, mode: z.output<typeof MatchMode>): string | null {
  if (mode === "regex") {
    const checked = checkRegex(word);
    return checked.ok ? null : checked.reason;
  }
  if (normaliseWord(word).length === 0) return "This word has no letters or digits left once normalised.";
  return null;
}

export const CreateBannedWordInput = z
  .object({
    word: WordText,
    match_mode: MatchMode.default("word"),
    action: WordAction.default("log"),
    is_active: z.boolean({ message: "Must be true or false." }).default(true),
  })
  .superRefine((value, ctx) => {
    const problem = wordProblem(value.word, value.match_mode);
    if (problem) ctx.addIssue({ code: "custom", path: ["word"], message: problem });
  });
export type CreateBannedWordInput = z.input<typeof CreateBannedWordInput>;

/** PATCH: any of the fields; the word is re-checked against the resulting mode in the DAL. */
export const UpdateBannedWordInput = z.object({
  word: WordText.optional(),
  match_mode: MatchMode.optional(),
  action: WordAction.optional(),
  is_active: z.boolean({ message: "Must be true or false." }).optional(),
});
export type UpdateBannedWordInput = z.input<typeof UpdateBannedWordInput>;

export const BannedWordDto = z.object({
  id: z.uuid(),
  word: z.string(),
  match_mode: MatchMode,
  action: WordAction,
  is_active: z.boolean(),
  created_by: z.uuid().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type BannedWordDto = z.infer<typeof BannedWordDto>;

const flag = z.enum(["true", "false"], { message: "Use true or false." }).transform((v) => v === "true");

export const BannedWordListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  match_mode: MatchMode.optional(),
  action: WordAction.optional(),
  is_active: flag.optional(),
});
export type BannedWordListQuery = z.output<typeof BannedWordListQuery>;

export const CreateAllowedWordInput = z
  .object({ word: WordText })
  .refine((v) => normaliseWord(v.word).length > 0, { path: ["word"], message: "This word has no letters or digits left once normalised." });
export const UpdateAllowedWordInput = CreateAllowedWordInput;
export type CreateAllowedWordInput = z.input<typeof CreateAllowedWordInput>;

export const AllowedWordDto = z.object({
  id: z.uuid(),
  word: z.string(),
  created_by: z.uuid().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type AllowedWordDto = z.infer<typeof AllowedWordDto>;

export const AllowedWordListQuery = PageQuery.extend({ q: z.string().trim().max(200).optional() });
export type AllowedWordListQuery = z.output<typeof AllowedWordListQuery>;

/** `since`: an ISO 8601 date-time with offset, or a bare date (00:00 UTC). */
export const Since = z
  .string()
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2}))?$/.test(v) && !Number.isNaN(Date.parse(v)), {
    message: "Use an ISO 8601 date or date-time with offset, e.g. 2026-01-31 or 2026-01-31T08:00:00Z.",
  })
  .transform((v) => new Date(v));

const UserIds = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.uuid({ message: "Must be a valid user id (UUID)." })).max(1000, "At most 1000 user ids."));

export const ModerationLogQuery = PageQuery.extend({
  user_id: z.uuid({ message: "Must be a valid user id (UUID)." }).optional(),
  word: z.string().trim().min(1).max(200).optional(),
  since: Since.optional(),
});
export type ModerationLogQuery = z.output<typeof ModerationLogQuery>;

export const ModerationLogDto = z.object({
  id: z.uuid(),
  todo_id: z.uuid().nullable(),
  user_id: z.uuid(),
  banned_word_id: z.uuid().nullable(),
  word: z.string(),
  matched_text: z.string(),
  field: ModeratedField,
  action: WordAction,
  created_at: z.string(),
});
export type ModerationLogDto = z.infer<typeof ModerationLogDto>;

export const SummaryQuery = z.object({
  limit: z
    .string()
    .regex(/^\d+$/, "limit must be a positive whole number.")
    .transform(Number)
    .refine((n) => n >= 1 && n <= 1000, "limit must be between 1 and 1000.")
    .default(100),
  since: Since.optional(),
  user_id: UserIds.optional(),
});
export type SummaryQuery = z.output<typeof SummaryQuery>;

export const SummaryRow = z.object({
  user_id: z.uuid(),
  email: z.string(),
  total: z.number().int(),
  logs: z.array(z.object({ word: z.string(), count: z.number().int() })),
});
export const SummaryResponse = z.object({ data: z.array(SummaryRow) });
export type SummaryRow = z.infer<typeof SummaryRow>;

export const AdminUserListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  role: z.enum(["admin", "user"], { message: "Choose admin or user." }).optional(),
  is_banned: flag.optional(),
});
export type AdminUserListQuery = z.output<typeof AdminUserListQuery>;

export const AdminUserDto = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: z.enum(["admin", "user"]),
  is_active: z.boolean(),
  is_banned: z.boolean(),
  banned_at: z.string().nullable(),
  ban_reason: z.string().nullable(),
  banned_by: z.uuid().nullable(),
  created_at: z.string(),
  last_login_at: z.string().nullable(),
});
export type AdminUserDto = z.infer<typeof AdminUserDto>;

export const BanUsersInput = z.object({
  user_ids: z
    .array(z.uuid({ message: "Must be a valid user id (UUID)." }), { message: "Give a list of user ids." })
    .min(1, "Give at least one user id.")
    .max(1000, "At most 1000 user ids."),
  action: z.enum(["ban", "unban", "toggle"], { message: "Choose ban, unban or toggle." }),
  reason: z.string().trim().max(500, "Use at most 500 characters.").optional(),
});
export type BanUsersInput = z.input<typeof BanUsersInput>;

export const BanUsersResponse = z.object({
  data: z.array(z.object({ user_id: z.uuid(), is_banned: z.boolean() })),
  not_found: z.array(z.string()),
});

export const AppealInput = z.object({
  message: z.string({ message: "Write your appeal." }).trim().min(1, "Write your appeal.").max(5000, "Use at most 5000 characters."),
});
export type AppealInput = z.input<typeof AppealInput>;

export const AppealStatus = z.enum(["open", "accepted", "rejected"]);

export const AppealDto = z.object({
  id: z.uuid(),
  user_id: z.uuid(),
  banned_at: z.string(),
  message: z.string(),
  status: AppealStatus,
  decided_by: z.uuid().nullable(),
  decided_at: z.string().nullable(),
  decision_note: z.string().nullable(),
  created_at: z.string(),
});
export type AppealDto = z.infer<typeof AppealDto>;

export const DecideAppealInput = z.object({
  decision: z.enum(["accept", "reject"], { message: "Choose accept or reject." }),
  note: z.string().trim().max(2000, "Use at most 2000 characters.").optional(),
});
export type DecideAppealInput = z.input<typeof DecideAppealInput>;

export const AppealListQuery = PageQuery.extend({ status: AppealStatus.optional() });
export type AppealListQuery = z.output<typeof AppealListQuery>;

/** The admin's "test this text" box. */
export const TestTextInput = z.object({ text: z.string().max(10_200, "Use at most 10,200 characters.") });

/** POST /api/v1/admin/banned-words/import: `{content, format, apply?}`; without `apply: true` only the preview. */
export const ImportBannedWordsInput = z.object({
  content: z.string({ message: "Give the file's text." }).max(2_000_000, "The file is larger than 2 MB."),
  format: z.enum(["txt", "csv"], { message: "Choose txt or csv." }).default("txt"),
  apply: z.boolean().default(false),
});
export type ImportBannedWordsInput = z.input<typeof ImportBannedWordsInput>;
