import { existsSync } from 'node:fs';

/**
 * Where the Chromium used by browser tests, benchmarks and end-to-end checks lives.
 * Browsers cannot be downloaded on these machines, so we use a system Chromium
 * (Debian's `chromium` package) and let CHROMIUM_PATH point elsewhere.
 */
export function chromiumPath() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (looked in: ${candidates.join(', ')}). ` +
        'Install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
    );
  }
  return found;
}

/** Flags that keep Chromium quiet on a machine without internet and runnable as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
