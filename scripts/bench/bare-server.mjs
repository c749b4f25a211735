#!/usr/bin/env node
// The baseline for SPEC §11: a bare Node HTTP server running the same SQL as
// GET /api/v1/todos (the page, its total, its tags), with no framework, no auth checks and no
// rate limit. Tokens map to user ids from a file.
// usage: DATABASE_URL=… node bare-server.mjs <port> <token-map-file>
import http from "node:http";
import { readFileSync } from "node:fs";
import postgres from "postgres";

const [port, mapFile] = process.argv.slice(2);
const owners = new Map(Object.entries(JSON.parse(readFileSync(mapFile, "utf8"))));
const sql = postgres(process.env.DATABASE_URL, { max: 10 });

const iso = (d) => (d ? new Date(d).toISOString() : null);

http
  .createServer(async (req, res) => {
    const url = new URL(req.url, "http://x");
    const owner = owners.get((req.headers.authorization ?? "").replace(/^Bearer /, ""));
    if (!owner) return res.writeHead(401).end();
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
    const size = Math.min(100, Number(url.searchParams.get("page_size") ?? 20));
    const [rows, [{ n }]] = await Promise.all([
      sql`select * from todos where owner_id = ${owner} and deleted_at is null order by created_at desc, id desc limit ${size} offset ${(page - 1) * size}`,
      sql`select count(*)::int as n from todos where owner_id = ${owner} and deleted_at is null`,
    ]);
    const ids = rows.map((r) => r.id);
    const tagRows = ids.length
      ? await sql`select tt.todo_id, t.name from todo_tags tt join tags t on t.id = tt.tag_id where tt.todo_id in ${sql(ids)}`
      : [];
    const names = new Map(ids.map((id) => [id, []]));
    for (const t of tagRows) names.get(t.todo_id)?.push(t.name);
    const data = rows.map((r) => ({
      id: r.id, title: r.title, description: r.description, status: r.status, priority: r.priority,
      due_on: iso(r.due_on), started_on: iso(r.started_on), completed_on: iso(r.completed_on),
      recurrence: r.recurrence, series_id: r.series_id, tags: names.get(r.id).sort(),
      created_at: iso(r.created_at), updated_at: iso(r.updated_at),
    }));
    const last = Math.max(1, Math.ceil(n / size));
    const link = (p) => `http://${req.headers.host}/api/v1/todos?page=${p}&page_size=${size}`;
    const body = JSON.stringify({ data, pagination: { page, page_size: size, total: n, next: page < last ? link(page + 1) : null, previous: page > 1 ? link(page - 1) : null } });
    res.writeHead(200, { "content-type": "application/json" }).end(body);
  })
  .listen(Number(port), "127.0.0.1", () => console.log(`bare server on ${port}`));
