import { buttonClass, cardClass } from "@/components/admin/styles";
import { requireAdmin } from "@/features/accounts/current";
import { listAllowedWords, listBannedWords } from "@/features/moderation/words";
import { activateWordAction, deactivateWordAction, deleteAllowedWordAction, deleteWordAction } from "../actions";
import { ModerationNav } from "../sub-nav";
import { ImportForm } from "./import-form";
import { AddAllowedWordForm, AddBannedWordForm } from "./word-forms";

export const metadata = { title: "Word lists" };

const PAGE = 100;

export default async function WordsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireAdmin();
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : undefined;
  const [banned, allowed] = await Promise.all([
    listBannedWords(viewer, { page: 1, page_size: PAGE, q }),
    listAllowedWords(viewer, { page: 1, page_size: PAGE, q }),
  ]);
  return (
    <div>
      <h1 className="mb-2 text-2xl font-semibold">Word lists</h1>
      <ModerationNav current="/admin/moderation/words" />
      <div className="grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="add-heading" className={cardClass}>
          <h2 id="add-heading" className="mb-3 text-lg font-semibold">Add a banned word</h2>
          <AddBannedWordForm />
        </section>
        <section aria-labelledby="import-heading" className={cardClass}>
          <h2 id="import-heading" className="mb-3 text-lg font-semibold">Import</h2>
          <ImportForm />
        </section>
        <section aria-labelledby="allow-heading" className={cardClass}>
          <h2 id="allow-heading" className="mb-3 text-lg font-semibold">Allowlist</h2>
          <AddAllowedWordForm />
          <ul className="mt-3 flex flex-col gap-1 text-sm">
            {allowed.rows.map((w) => (
              <li key={w.id} className="flex items-center justify-between gap-2">
                <span>{w.word}</span>
                <form action={deleteAllowedWordAction}>
                  <input type="hidden" name="id" value={w.id} />
                  <button type="submit" className="text-red-800 underline dark:text-red-300" aria-label={`Remove ${w.word} from the allowlist`}>
                    Remove
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="list-heading" className={`${cardClass} mt-6`}>
        <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
          <h2 id="list-heading" className="text-lg font-semibold">
            Banned words ({banned.total.toLocaleString("en")}{banned.total > PAGE ? `, first ${PAGE} shown` : ""})
          </h2>
          <form role="search" className="flex gap-2">
            <label htmlFor="word-search" className="sr-only">Search words</label>
            <input id="word-search" name="q" defaultValue={q ?? ""} placeholder="Search" className="rounded-md border border-slate-400 px-3 py-1 text-sm dark:border-slate-600 dark:bg-slate-900" />
            <button type="submit" className={buttonClass.secondary}>Search</button>
          </form>
        </div>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-800">
                <th scope="col" className="py-2 pr-4">Word</th>
                <th scope="col" className="py-2 pr-4">Match</th>
                <th scope="col" className="py-2 pr-4">Action</th>
                <th scope="col" className="py-2 pr-4">Active</th>
                <th scope="col" className="py-2"><span className="sr-only">Change</span></th>
              </tr>
            </thead>
            <tbody>
              {banned.rows.map((w) => (
                <tr key={w.id} className="border-b border-slate-100 dark:border-slate-800">
                  <td className="py-2 pr-4 font-mono">{w.word}</td>
                  <td className="py-2 pr-4">{w.match_mode}</td>
                  <td className="py-2 pr-4">{w.action}</td>
                  <td className="py-2 pr-4">{w.is_active ? "yes" : "no"}</td>
                  <td className="py-2">
                    <form action={w.is_active ? deactivateWordAction : activateWordAction} className="flex gap-2">
                      <input type="hidden" name="id" value={w.id} />
                      <button type="submit" className="underline" aria-label={`${w.is_active ? "Deactivate" : "Activate"} ${w.word}`}>
                        {w.is_active ? "Deactivate" : "Activate"}
                      </button>
                      <button type="submit" formAction={deleteWordAction} className="text-red-800 underline dark:text-red-300" aria-label={`Delete ${w.word}`}>
                        Delete
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
