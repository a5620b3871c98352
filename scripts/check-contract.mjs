// Runs the product's public-surface contract check (../shared/contract/check.mjs, kept beside the
// repository by the PolicyKit team and in CI) against the built packages. Outside the team's
// workspace the file is absent: say so plainly instead of failing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const check = new URL('../../shared/contract/check.mjs', import.meta.url);
if (!existsSync(check)) {
  console.log(
    'contract: ../shared/contract/check.mjs not found (outside the PolicyKit workspace) — not run',
  );
  process.exit(0);
}
const run = spawnSync(process.execPath, [check.pathname], { stdio: 'inherit' });
process.exit(run.status ?? 1);
