"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { createApiTokenForViewer } from "@/features/accounts/api-tokens";
import { requireUser } from "@/features/accounts/current";
import { metaFromHeaders } from "@/features/accounts/request-meta";
import { toActionState } from "@/lib/forms";

export interface CreateTokenState {
  ok: boolean;
  message?: string;
  access?: string;
  refresh?: string;
  accessExpiresAt?: string;
}

/** Shows the new pair once; only its hash (refresh) is kept. */
export async function createTokenAction(_prev: CreateTokenState): Promise<CreateTokenState> {
  const viewer = await requireUser();
  try {
    const pair = await createApiTokenForViewer(viewer, metaFromHeaders(await headers()));
    revalidatePath("/tokens");
    return { ok: true, access: pair.access, refresh: pair.refresh, accessExpiresAt: pair.access_expires_at };
  } catch (err) {
    return { ok: false, message: toActionState(err).message };
  }
}
