/** Calling the accounts route handlers directly, as Next would, with a NextRequest. */
import { NextRequest } from "next/server";

type Handler<P> = (request: NextRequest, args: { params: Promise<P> }) => Promise<Response>;

let ipCounter = 0;
/** A fresh client address per test, so one test's auth rate limit never throttles another. */
export function freshIp(): string {
  ipCounter += 1;
  return `10.0.${Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

export interface CallOptions<P> {
  method?: string;
  body?: unknown;
  token?: string;
  ip?: string;
  params?: P;
  query?: string;
}

export async function call<P = Record<string, never>>(handler: Handler<P>, path: string, opts: CallOptions<P> = {}) {
  const headers = new Headers({ "content-type": "application/json", "user-agent": "vitest", "x-forwarded-for": opts.ip ?? "10.9.9.9" });
  if (opts.token) headers.set("authorization", `Bearer ${opts.token}`);
  const request = new NextRequest(`http://localhost:3000${path}${opts.query ?? ""}`, {
    method: opts.method ?? (opts.body === undefined ? "GET" : "POST"),
    headers,
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const response = await handler(request, { params: Promise.resolve((opts.params ?? {}) as P) });
  const text = await response.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown> & { error?: { code: string; message: string; fields?: Record<string, string[]> } }) : null;
  return { status: response.status, headers: response.headers, json };
}
