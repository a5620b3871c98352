/**
 * Test support: serves a Fetch-API handler with `node:http` on 127.0.0.1 through the SDK's
 * own `toNodeHandler` — the adapter the README tells Node users to mount.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeHandler, type FetchHandler, type ToNodeHandlerOptions } from '../to-node-handler';

export type { FetchHandler };

export interface NodeServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 (`port` 0: any free port) and answers with `handler`. */
export async function serveNode(
  handler: FetchHandler,
  port = 0,
  options: ToNodeHandlerOptions = {},
): Promise<NodeServer> {
  const server = createServer(toNodeHandler(handler, options));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: `${origin}/rights-requests`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
