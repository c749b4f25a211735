/**
 * CSV export of a list, with the list's own query string (filters, search, sort). Streamed:
 * rows are read a batch at a time with a keyset cursor and written as they come, so the
 * size of the table does not matter.
 */
import { stringify } from "csv-stringify";
import { NextResponse, type NextRequest } from "next/server";
import { Readable } from "node:stream";
import { getViewer, loginUrl } from "@/features/accounts/current";
import { registry } from "@/features/admin/registry";
import { csvValue } from "@/lib/admin/format";
import { parseListQuery } from "@/lib/admin/list-query";
import { iterateRows } from "@/lib/admin/query";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ table: string }> }): Promise<Response> {
  const viewer = await getViewer();
  if (!viewer) return NextResponse.redirect(new URL(loginUrl(request.nextUrl.pathname + request.nextUrl.search), request.url));
  if (viewer.role !== "admin" || viewer.isBanned) return NextResponse.json({ error: { code: "permission_denied", message: "Admins only." } }, { status: 403 });
  const { table } = await params;
  const admin = registry.find((a) => a.slug === table);
  if (!admin) return NextResponse.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
  const query = parseListQuery(admin, request.nextUrl.searchParams);
  const names = [...admin.columns.keys()].filter((name) => !admin.hidden.has(name));
  const csv = stringify({ header: true, columns: names });
  // Writes wait for the reader (backpressure), so a slow download never buffers the table;
  // a download cancelled halfway destroys the stream and stops the reading.
  const writable = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        csv.off("drain", done);
        csv.off("close", done);
        resolve();
      };
      csv.once("drain", done);
      csv.once("close", done);
    });
  void (async () => {
    try {
      for await (const batch of iterateRows(viewer, admin, query)) {
        for (const row of batch) {
          if (csv.destroyed) return;
          if (!csv.write(names.map((name) => csvValue(row[name])))) await writable();
        }
      }
      csv.end();
    } catch (err) {
      csv.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  })();
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(Readable.toWeb(csv) as ReadableStream, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${admin.slug}-${stamp}.csv"`,
      "cache-control": "no-store",
    },
  });
}
