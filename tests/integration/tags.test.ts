import { describe, expect, it } from "vitest";
import * as oneTag from "@/app/api/v1/tags/[id]/route";
import * as tagsRoute from "@/app/api/v1/tags/route";
import { issueTokenPairForUser } from "@/features/accounts/api-tokens";
import { deleteTag, listTags, renameTag } from "@/features/tags/data";
import { createTodo, deleteTodo, getTodo, getTodoHistory } from "@/features/todos/data";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { makeUser, makeViewer } from "../factories";
import { call } from "./accounts-helpers";

const meta = { ip: "10.1.1.3", userAgent: "vitest", requestId: null, origin: null };

async function setup() {
  const user = await makeUser();
  return { user, viewer: makeViewer(user), actor: { userId: user.id, source: "page" as const } };
}

describe("tags", () => {
  it("counts only live todos, renames everywhere, and refuses a name already taken (any case)", async () => {
    const { viewer, actor } = await setup();
    const a = await createTodo(viewer, { title: "a", tags: ["wrok", "home"] }, actor);
    const b = await createTodo(viewer, { title: "b", tags: ["wrok"] }, actor);
    await deleteTodo(viewer, b.id, actor);
    const { data } = await listTags(viewer);
    expect(data.map((t) => [t.name, t.todo_count])).toEqual([
      ["home", 1],
      ["wrok", 1],
    ]);
    const wrok = data.find((t) => t.name === "wrok")!;
    const renamed = await renameTag(viewer, wrok.id, { name: "work" }, actor);
    expect(renamed).toMatchObject({ name: "work", todo_count: 1 });
    expect((await getTodo(viewer, a.id)).tags).toEqual(["home", "work"]);
    const taken = await renameTag(viewer, wrok.id, { name: "HOME" }, actor).then(() => null, (e: unknown) => e);
    expect(taken).toBeInstanceOf(ValidationError);
    expect((taken as ValidationError).fields).toEqual({ name: ["You already have a tag with this name."] });
  });

  it("deletes a tag from its todos; another user's tag is NotFound", async () => {
    const { viewer, actor } = await setup();
    const other = await setup();
    const todo = await createTodo(viewer, { title: "x", tags: ["gone", "kept"] }, actor);
    const gone = (await listTags(viewer)).data.find((t) => t.name === "gone")!;
    await expect(renameTag(other.viewer, gone.id, { name: "mine" }, other.actor)).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteTag(other.viewer, gone.id, other.actor)).rejects.toBeInstanceOf(NotFoundError);
    await deleteTag(viewer, gone.id, actor);
    expect((await getTodo(viewer, todo.id)).tags).toEqual(["kept"]);
    expect((await getTodoHistory(viewer, todo.id))[0]!.changes.tags).toEqual([[], ["gone", "kept"]]);
  });

  it("PATCH and DELETE /api/v1/tags/{id} answer 404 across users and for a malformed id", async () => {
    const owner = await setup();
    const stranger = await setup();
    const token = (await issueTokenPairForUser(stranger.user, meta)).access;
    await createTodo(owner.viewer, { title: "x", tags: ["private"] }, owner.actor);
    const tag = (await listTags(owner.viewer)).data[0]!;
    const patch = await call(oneTag.PATCH, `/api/v1/tags/${tag.id}`, { token, method: "PATCH", params: { id: tag.id }, body: { name: "stolen" } });
    expect(patch.status).toBe(404);
    const del = await call(oneTag.DELETE, `/api/v1/tags/${tag.id}`, { token, method: "DELETE", params: { id: tag.id } });
    expect(del.status).toBe(404);
    const malformed = await call(oneTag.DELETE, "/api/v1/tags/nope", { token, method: "DELETE", params: { id: "nope" } });
    expect(malformed.status).toBe(404);
    const list = await call(tagsRoute.GET, "/api/v1/tags", { token });
    expect(list.json!.data).toEqual([]);
  });
});

describe("tags created by concurrent saves", () => {
  it("end up as one tag, and every save succeeds", async () => {
    const { viewer, actor } = await setup();
    const saved = await Promise.all(Array.from({ length: 6 }, (_, i) => createTodo(viewer, { title: `t${i}`, tags: ["Fresh", `own${i}`] }, actor)));
    expect(saved.every((t) => t.tags.includes("Fresh"))).toBe(true);
    const fresh = (await listTags(viewer)).data.filter((t) => t.name.toLowerCase() === "fresh");
    expect(fresh).toHaveLength(1);
    expect(fresh[0]!.todo_count).toBe(6);
  });
});
