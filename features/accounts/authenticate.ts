import type { NextRequest } from "next/server";
import { TokenInvalidError } from "@/lib/errors";
import type { Viewer } from "./viewer";

/**
 * Resolves the viewer of an API request: `Authorization: Bearer <access token>` or the
 * browser session. Returns null when the request carries no credentials; throws
 * TokenInvalidError for a bad, expired or revoked token.
 */
export async function authenticate(request: NextRequest): Promise<Viewer | null> {
  const header = request.headers.get("authorization");
  if (header) throw new TokenInvalidError(); // replaced by the accounts feature
  return null;
}
