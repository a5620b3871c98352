/**
 * The part of node-postgres (`pg`) the store uses, written out so the SDK does not depend on
 * `pg` (an optional peer the host installs): a `pg.Pool` fits, and so does any object with
 * the same `query` and `connect`.
 */
export interface PostgresQueryResult<Row> {
  rows: Row[];
  rowCount: number | null;
}

export interface PostgresQueryable {
  query<Row = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<PostgresQueryResult<Row>>;
}

/** A connection checked out of the pool; `release(error)` destroys a broken one. */
export interface PostgresPoolClient extends PostgresQueryable {
  release(destroy?: boolean | Error): void;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  off?(event: 'error', listener: (error: Error) => void): unknown;
}

/** A `pg.Pool` or look-alike. */
export interface PostgresPool extends PostgresQueryable {
  connect(): Promise<PostgresPoolClient>;
  on?(event: 'error', listener: (error: Error) => void): unknown;
  listenerCount?(event: 'error'): number;
}
