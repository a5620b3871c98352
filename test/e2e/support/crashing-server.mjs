/**
 * Test only: the example host app's server whose CTT register crashes the whole process
 * right after a new request has been durably written and before the handler can reply —
 * the worst moment for a crash. With PK_CRASH_AFTER_WRITE=1 the process exits with code 70
 * there; without it, this is the ordinary server. The hook lives here, in the test's
 * server, never in the shipped handler or in examples/host-app/server.mjs.
 *
 *   DATA_DIR=/tmp/x PORT=0 PK_CRASH_AFTER_WRITE=1 node crashing-server.mjs
 */
import { createFileStore } from '@policykit/sdk/server';
import { startHostServer } from '../../../examples/host-app/server.mjs';

const crash = process.env.PK_CRASH_AFTER_WRITE === '1';

/** The SDK's file store, with a crash after each new record's fsync when asked. */
function createCrashingStore(path) {
  const store = createFileStore(path);
  return {
    get: store.get,
    open: store.open,
    close: store.close,
    async insert(...args) {
      const result = await store.insert(...args);
      if (crash && result.created) process.exit(70);
      return result;
    },
  };
}

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('DATA_DIR is required');
const server = await startHostServer({
  port: Number(process.env.PORT ?? 0),
  dataDir,
  createStore: createCrashingStore,
});
console.log(`Crash-test host app: ${server.url}`);
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
