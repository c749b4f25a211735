import { z } from "zod";
import { TagName } from "@/features/todos/schemas";

export const RenameTagInput = z.object({ name: TagName }).meta({ id: "TagRename" });
export type RenameTagInput = z.input<typeof RenameTagInput>;

export const TagDto = z
  .object({
    id: z.uuid(),
    name: z.string(),
    todo_count: z.int().meta({ description: "How many of the caller's todos (not deleted) carry the tag." }),
    created_at: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Tag" });
export type TagDto = z.infer<typeof TagDto>;
