import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import type { Viewer } from "./viewer";

/** The DAL's own check (middleware is only the quick gate). */
export function assertUser(viewer: Viewer | null | undefined): asserts viewer is Viewer {
  if (!viewer) throw new UnauthorizedError();
}

export function assertAdmin(viewer: Viewer | null | undefined): asserts viewer is Viewer {
  assertUser(viewer);
  if (viewer.role !== "admin") throw new ForbiddenError();
}
