import { endAllSessions } from "@/features/accounts/session-list";
import { route } from "@/lib/api/handler";

/** "Log out everywhere", the calling session or token included. */
export const POST = route("user", async (ctx) => ({ revoked: await endAllSessions(ctx.viewer, ctx.actor) }));
