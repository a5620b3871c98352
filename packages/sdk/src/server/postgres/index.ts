/** @policykit/sdk/server/postgres — the rights-request store for several instances on one PostgreSQL database. */

export { createPostgresStore } from './create-postgres-store';
export type { PostgresRightsRequestStore, PostgresStoreOptions } from './create-postgres-store';
export { migratePostgresStore, POSTGRES_STORE_MIGRATIONS } from './migrations';
export type { PostgresMigration } from './migrations';
export type {
  PostgresPool,
  PostgresPoolClient,
  PostgresQueryable,
  PostgresQueryResult,
} from './postgres-types';
