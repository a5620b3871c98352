/**
 * Test support: a rights-request server in its own process, for the crash test.
 *
 *   PK_STORE_PATH=/tmp/x.jsonl|:memory: [PK_PORT=0] [PK_CRASH_AFTER_WRITE=1] node --import tsx rights-request-server.ts
 *
 * Prints `LISTENING <port>` once it accepts connections. With PK_CRASH_AFTER_WRITE=1
 * the process exits (code 70) right after the store has durably written a new record
 * and before the handler can reply — the worst moment for a crash. The hook lives here,
 * in the test's server, not in the shipped handler.
 */
import { createRightsRequestHandler } from '../create-rights-request-handler';
import { createFileStore } from '../file-store';
import { createMemoryStore } from '../memory-store';
import type { RightsRequestStore } from '../rights-request-store';
import { serveNode } from './serve-node';

const path = process.env.PK_STORE_PATH;
if (!path) throw new Error('PK_STORE_PATH is required');
// ':memory:' (the benchmark's ceiling without a disk): the memory store instead.
const fileStore = path === ':memory:' ? createMemoryStore() : createFileStore(path);

const store: RightsRequestStore = {
  get: fileStore.get,
  async insert(...args) {
    const result = await fileStore.insert(...args);
    if (process.env.PK_CRASH_AFTER_WRITE === '1' && result.created) process.exit(70);
    return result;
  },
};

const handler = createRightsRequestHandler({
  store,
  jurisdiction: 'id-pdp',
  reference: { prefix: 'CTT' },
  timeZone: 'Asia/Jakarta',
});
const server = await serveNode(handler, Number(process.env.PK_PORT ?? 0));
process.stdout.write(`LISTENING ${server.port}\n`);
