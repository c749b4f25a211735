import { getMe } from "@/features/users/profile";
import { route } from "@/lib/api/handler";

// A banned user may still read who they are (and the ban reason).
export const GET = route("banned-ok", async (ctx) => getMe(ctx.viewer));
