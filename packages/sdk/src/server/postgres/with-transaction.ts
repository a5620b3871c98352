import { classify } from './classify-error';
import type { PostgresPool, PostgresPoolClient } from './postgres-types';

/**
 * Runs `work` in one transaction on a connection of its own: `BEGIN`, then `COMMIT` when
 * `work` resolves — or `ROLLBACK` when it throws or called `rollback()` — and the connection
 * goes back to the pool (destroyed if it broke on the way). Errors come out classified
 * (`StoreUnavailableError` when retrying may help).
 *
 * While the connection is checked out, its `'error'` is listened to: a connection that dies
 * between two queries of the transaction makes a node-postgres client emit `'error'`, and
 * unheard, that would end the process.
 */
export async function withTransaction<T>(
  pool: PostgresPool,
  work: (client: PostgresPoolClient, rollback: () => void) => Promise<T>,
): Promise<T> {
  const client = await pool.connect().catch((error: unknown) => {
    throw classify(error);
  });
  let broken: Error | undefined;
  const onClientError = (error: Error) => (broken = error);
  client.on?.('error', onClientError);
  let rolledBack = false;
  try {
    await client.query('BEGIN');
    const result = await work(client, () => (rolledBack = true));
    await client.query(rolledBack ? 'ROLLBACK' : 'COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollback: Error) => (broken = rollback));
    throw classify(error);
  } finally {
    client.off?.('error', onClientError);
    client.release(broken);
  }
}
