/** The `.ixlbak` file: gzip of a line-oriented stream (a header, COPY text per table, sequences, a trailer). */
export const MAGIC = 'IXLBAK/1';

export interface BackupHeader {
  createdAt: string;
  schemas: string[];
  /** Applied MikroORM migrations per schema, in order (restore migrates to exactly these first). */
  migrations: Record<string, string[]>;
  serverVersion: string;
}

export interface TableSection {
  schema: string;
  table: string;
  columns: string[];
}

export interface SequenceState {
  schema: string;
  name: string;
  value: string | null;
  isCalled: boolean;
}

export interface BackupSummary {
  file: string;
  tables: number;
  rows: number;
  /** Rows per `schema.table`. */
  rowsByTable: Record<string, number>;
  sequences: number;
}

/** COPY text format ends a table's data with this line (real data never produces it: backslashes are escaped). */
export const END_OF_DATA = '\\.';

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;
export function quoteIdent(name: string): string {
  if (!IDENT.test(name)) throw new Error(`Unexpected identifier ${JSON.stringify(name)}`);
  return `"${name}"`;
}
export const qualified = (schema: string, name: string) => `${quoteIdent(schema)}.${quoteIdent(name)}`;
