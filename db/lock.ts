import fs from "node:fs";
import path from "node:path";

export interface Lock {
  release(): void;
}

export class DatabaseLockedError extends Error {
  override name = "DatabaseLockedError";
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

const held = new Map<string, number>();

/**
 * Takes `file` for this process. A lock held by a living other process is refused with a
 * message saying what to do; a stale one (its process is gone) is taken over.
 */
export function acquireLock(file: string): Lock {
  const abs = path.resolve(file);
  const release = () => {
    const count = (held.get(abs) ?? 1) - 1;
    if (count > 0) return void held.set(abs, count);
    held.delete(abs);
    try {
      if (Number(fs.readFileSync(abs, "utf8")) === process.pid) fs.unlinkSync(abs);
    } catch {
      /* already gone */
    }
  };
  if (held.has(abs)) {
    held.set(abs, held.get(abs)! + 1);
    return { release };
  }
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(abs, String(process.pid), { flag: "wx" });
      held.set(abs, 1);
      process.once("exit", () => {
        if (held.has(abs)) {
          held.set(abs, 1);
          release();
        }
      });
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(fs.readFileSync(abs, "utf8"));
      if (pid && pid !== process.pid && alive(pid)) {
        throw new DatabaseLockedError(
          `The embedded database is in use by process ${pid} (lock ${abs}). ` +
            "Stop that process (usually the server) first, or set DATABASE_URL to use PostgreSQL.",
        );
      }
      fs.rmSync(abs, { force: true }); // stale: its process is gone
    }
  }
  throw new DatabaseLockedError(`Could not take the database lock ${abs}.`);
}
