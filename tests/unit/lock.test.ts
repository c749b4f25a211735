import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireLock, DatabaseLockedError } from "@/db/lock";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "warden-lock-"));
const children: ReturnType<typeof spawn>[] = [];
afterEach(() => children.splice(0).forEach((c) => c.kill()));

describe("the embedded database lock", () => {
  it("refuses while another living process holds it", () => {
    const child = spawn("sleep", ["30"]);
    children.push(child);
    const file = path.join(dir, "held.lock");
    fs.writeFileSync(file, String(child.pid));
    expect(() => acquireLock(file)).toThrow(DatabaseLockedError);
    expect(() => acquireLock(file)).toThrow(/in use by process \d+/);
  });

  it("takes over a stale lock whose process is gone, and releases it", () => {
    const file = path.join(dir, "stale.lock");
    fs.writeFileSync(file, "999999999");
    const lock = acquireLock(file);
    expect(fs.readFileSync(file, "utf8")).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(file)).toBe(false);
  });

  it("is re-entrant inside one process", () => {
    const file = path.join(dir, "twice.lock");
    const a = acquireLock(file);
    const b = acquireLock(file);
    a.release();
    expect(fs.existsSync(file)).toBe(true);
    b.release();
    expect(fs.existsSync(file)).toBe(false);
  });
});
