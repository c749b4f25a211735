/**
 * pg-boss on the embedded database: pg-boss accepts any `db: { executeSql(text, values) }`.
 * PGlite's query() takes one statement with parameters; pg-boss also sends scripts of
 * several statements without parameters (its migrations, and maintenance wrapped in
 * BEGIN … COMMIT with an advisory lock). Those go through exec(), which runs them in one
 * round on PGlite's single connection and returns one result per statement, as `pg` does.
 * Both calls wait for PGlite's transaction lock, so jobs and app transactions never interleave.
 */
import type { PGlite, Results } from "@electric-sql/pglite";

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  fields: Results["fields"];
}

const asPg = (r: Results): PgLikeResult => ({ rows: r.rows, rowCount: r.affectedRows ?? r.rows.length, fields: r.fields });

export interface ExecuteSql {
  executeSql(text: string, values?: unknown[]): Promise<PgLikeResult | PgLikeResult[]>;
}

export function pgliteExecutor(pglite: PGlite): ExecuteSql {
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return asPg(await pglite.query(text, values));
      const results = await pglite.exec(text);
      // pg returns a single result for one statement and an array for a script.
      return results.length === 1 ? asPg(results[0]!) : results.map(asPg);
    },
  };
}
