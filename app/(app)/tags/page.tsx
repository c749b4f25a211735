import Link from "next/link";
import { requireUser } from "@/features/accounts/current";
import { listTags } from "@/features/tags/data";
import { deleteTagAction } from "./actions";
import { RenameTagForm } from "./rename-form";

export const metadata = { title: "Tags" };

export default async function TagsPage() {
  const viewer = await requireUser();
  const { data: tags } = await listTags(viewer);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">Tags</h1>
        <p className="text-slate-700 dark:text-slate-300">Tags are created when you use them on a todo. Renaming a tag renames it on every todo; deleting it removes it from them.</p>
      </header>
      {tags.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          No tags yet. Add some in the Tags field of a <Link href="/todos/new" className="underline">new todo</Link>, separated by commas.
        </p>
      ) : (
        <ul className="flex flex-col gap-2">
          {tags.map((tag) => (
            <li key={tag.id} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:flex-row sm:items-start dark:border-slate-800 dark:bg-slate-900" data-testid="tag-row">
              <RenameTagForm id={tag.id} name={tag.name} />
              <Link href={`/todos?tag=${encodeURIComponent(tag.name)}`} className="py-1.5 text-sm whitespace-nowrap">
                {tag.todo_count === 1 ? "1 todo" : `${tag.todo_count} todos`}
              </Link>
              <form action={deleteTagAction}>
                <input type="hidden" name="id" value={tag.id} />
                <button
                  type="submit"
                  className="rounded-md border border-red-300 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950"
                  aria-label={`Delete tag ${tag.name}`}
                >
                  Delete
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
