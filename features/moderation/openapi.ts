/** The moderation and admin-user routes in the OpenAPI document: the schemas their handlers parse with. */
import { z } from "zod";
import { endpoint, paginated, type OpenAPIRegistry } from "@/lib/api/openapi";
import {
  AdminUserDto,
  AdminUserListQuery,
  AllowedWordDto,
  AllowedWordListQuery,
  AppealDto,
  AppealInput,
  AppealListQuery,
  BannedWordDto,
  BannedWordListQuery,
  BanUsersInput,
  BanUsersResponse,
  CreateAllowedWordInput,
  CreateBannedWordInput,
  DecideAppealInput,
  ImportBannedWordsInput,
  ModerationLogDto,
  ModerationLogQuery,
  SummaryQuery,
  SummaryResponse,
  TestTextInput,
  UpdateAllowedWordInput,
  UpdateBannedWordInput,
} from "./schemas";

const IdParams = z.object({ id: z.string().meta({ description: "The row's id (UUID)." }) });

export function registerModerationRoutes(registry: OpenAPIRegistry): void {
  const words = "Admin: banned and allowed words";
  const Banned = BannedWordDto.meta({ id: "BannedWord" });
  const Allowed = AllowedWordDto.meta({ id: "AllowedWord" });
  const admin = "admin" as const;
  endpoint(registry, { method: "get", path: "/api/v1/admin/banned-words", tag: words, access: admin, summary: "List banned words", query: BannedWordListQuery, response: paginated(Banned, "BannedWordPage") });
  endpoint(registry, { method: "post", path: "/api/v1/admin/banned-words", tag: words, access: admin, summary: "Add a banned word", body: CreateBannedWordInput, response: Banned });
  endpoint(registry, { method: "get", path: "/api/v1/admin/banned-words/{id}", tag: words, access: admin, summary: "One banned word", params: IdParams, response: Banned });
  endpoint(registry, { method: "patch", path: "/api/v1/admin/banned-words/{id}", tag: words, access: admin, summary: "Change a banned word", params: IdParams, body: UpdateBannedWordInput, response: Banned });
  endpoint(registry, { method: "delete", path: "/api/v1/admin/banned-words/{id}", tag: words, access: admin, summary: "Remove a banned word", params: IdParams });
  endpoint(registry, {
    method: "post",
    path: "/api/v1/admin/banned-words/import",
    tag: words,
    access: admin,
    summary: "Import banned words from a text or CSV file (preview unless apply is true)",
    status: 200,
    body: ImportBannedWordsInput,
  });
  endpoint(registry, { method: "get", path: "/api/v1/admin/allowed-words", tag: words, access: admin, summary: "List allowed words", query: AllowedWordListQuery, response: paginated(Allowed, "AllowedWordPage") });
  endpoint(registry, { method: "post", path: "/api/v1/admin/allowed-words", tag: words, access: admin, summary: "Add an allowed word", body: CreateAllowedWordInput, response: Allowed });
  endpoint(registry, { method: "get", path: "/api/v1/admin/allowed-words/{id}", tag: words, access: admin, summary: "One allowed word", params: IdParams, response: Allowed });
  endpoint(registry, { method: "patch", path: "/api/v1/admin/allowed-words/{id}", tag: words, access: admin, summary: "Change an allowed word", params: IdParams, body: UpdateAllowedWordInput, response: Allowed });
  endpoint(registry, { method: "delete", path: "/api/v1/admin/allowed-words/{id}", tag: words, access: admin, summary: "Remove an allowed word", params: IdParams });

  const moderation = "Admin: moderation";
  endpoint(registry, { method: "get", path: "/api/v1/admin/moderation/logs", tag: moderation, access: admin, summary: "Raw moderation logs", query: ModerationLogQuery, response: paginated(ModerationLogDto, "ModerationLogPage") });
  endpoint(registry, { method: "get", path: "/api/v1/admin/moderation/summary", tag: moderation, access: admin, summary: "Hits per user and word, users by total descending", query: SummaryQuery, response: SummaryResponse });
  endpoint(registry, { method: "post", path: "/api/v1/admin/moderation/test", tag: moderation, access: admin, summary: "Test a text against the lists: what would match, and why (nothing is saved)", status: 200, body: TestTextInput });

  const users = "Admin: users";
  endpoint(registry, { method: "get", path: "/api/v1/admin/users", tag: users, access: admin, summary: "List users", query: AdminUserListQuery, response: paginated(AdminUserDto, "AdminUserPage") });
  endpoint(registry, { method: "post", path: "/api/v1/admin/users/ban", tag: users, access: admin, summary: "Ban, unban or toggle users", status: 200, body: BanUsersInput, response: BanUsersResponse });

  const appeals = "Appeals";
  const Appeal = AppealDto.meta({ id: "Appeal" });
  endpoint(registry, { method: "get", path: "/api/v1/admin/appeals", tag: appeals, access: admin, summary: "List ban appeals", query: AppealListQuery, response: paginated(Appeal, "AppealPage") });
  endpoint(registry, { method: "post", path: "/api/v1/admin/appeals/{id}", tag: appeals, access: admin, summary: "Accept (lifts the ban) or reject an appeal", status: 200, params: IdParams, body: DecideAppealInput, response: Appeal });
  endpoint(registry, { method: "get", path: "/api/v1/me/appeal", tag: appeals, access: "banned-ok", summary: "The caller's ban, their appeal and its decision" });
  endpoint(registry, { method: "post", path: "/api/v1/me/appeal", tag: appeals, access: "banned-ok", summary: "A banned user's one appeal", body: AppealInput, response: Appeal });
}
