import { fileURLToPath } from 'node:url';

/** The example host app's folder. */
export const APP_DIR = fileURLToPath(new URL('../../../examples/host-app/', import.meta.url));
/** The app's own server: serves `dist/` and the SDK's rights-request handler. */
export const HOST_SERVER = fileURLToPath(
  new URL('../../../examples/host-app/server.mjs', import.meta.url),
);
/** The same server with a test-only crash between the store's write and the reply. */
export const CRASHING_SERVER = fileURLToPath(new URL('./crashing-server.mjs', import.meta.url));
