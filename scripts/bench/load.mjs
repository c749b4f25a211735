#!/usr/bin/env node
// A small closed-loop HTTP load generator (keep-alive, N concurrent clients), run as its own
// process so it never shares an event loop with the server it measures. Prints one JSON line.
// usage: node load.mjs <url-base> <concurrency> <warmup-s> <seconds> <tokens-file> [path]
import http from "node:http";
import { readFileSync } from "node:fs";

const [base, concurrencyArg, warmupArg, secondsArg, tokensFile, fixedPath] = process.argv.slice(2);
const concurrency = Number(concurrencyArg);
const tokens = JSON.parse(readFileSync(tokensFile, "utf8"));
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const url = new URL(base);

function get(path, token) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const req = http.request(
      { host: url.hostname, port: url.port, path, agent, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
      },
    );
    req.on("error", () => resolve({ status: 0, ms: Number(process.hrtime.bigint() - started) / 1e6 }));
    req.end();
  });
}

const latencies = [];
const statuses = {};
let measuring = false;
let stop = false;

async function client(i) {
  const token = tokens[i % tokens.length];
  let n = 0;
  while (!stop) {
    const page = (n++ % 5) + 1;
    const r = await get(fixedPath ?? `/api/v1/todos?page=${page}&page_size=20`, token);
    if (measuring) {
      latencies.push(r.ms);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    }
  }
}

const clients = Array.from({ length: concurrency }, (_, i) => client(i));
await new Promise((r) => setTimeout(r, Number(warmupArg) * 1000));
measuring = true;
const t0 = Date.now();
await new Promise((r) => setTimeout(r, Number(secondsArg) * 1000));
measuring = false;
const elapsed = (Date.now() - t0) / 1000;
stop = true;
await Promise.all(clients);
agent.destroy();
latencies.sort((a, b) => a - b);
const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
console.log(
  JSON.stringify({ requests: latencies.length, rps: latencies.length / elapsed, p50: q(0.5), p90: q(0.9), p99: q(0.99), max: latencies.at(-1), statuses }),
);
