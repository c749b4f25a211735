import readline from "node:readline";
import { CliError } from "./db";

/** Asks on the terminal; refuses with a clear line when no terminal is attached. */
export async function ask(question: string, flag: string, opts: { hidden?: boolean } = {}): Promise<string> {
  if (!process.stdin.isTTY) throw new CliError(`${flag} is required (no terminal to ask on).`);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (opts.hidden) {
    const rlAny = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
    rlAny._writeToOutput = (s: string) => {
      if (s.startsWith(question)) rlAny.output.write(s);
    };
  }
  try {
    return await new Promise<string>((resolve) => rl.question(question, resolve));
  } finally {
    if (opts.hidden) process.stdout.write("\n");
    rl.close();
  }
}
