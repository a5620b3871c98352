/**
 * One fast-check configuration for every property in this folder, so a
 * failure in CI reproduces anywhere:
 *
 * - `FC_SEED` (default 42) fixes the random source. fast-check prints the seed
 *   and the counterexample's path on failure; rerun with both to replay it.
 * - `FC_RUNS` overrides every property's run count for a longer hunt:
 *   `FC_RUNS=5000 npx vitest run --project unit test/properties`.
 *   Without it each property uses its own small default, keeping the folder
 *   to a few seconds on a loaded two-core machine.
 */
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 42);
const longRun = process.env.FC_RUNS === undefined ? undefined : Number(process.env.FC_RUNS);

if (!Number.isInteger(seed))
  throw new Error(`FC_SEED must be an integer, got ${process.env.FC_SEED}`);
if (longRun !== undefined && !(Number.isInteger(longRun) && longRun > 0)) {
  throw new Error(`FC_RUNS must be a positive integer, got ${process.env.FC_RUNS}`);
}

fc.configureGlobal({ seed, numRuns: longRun ?? 100 });

/**
 * Parameters for one `fc.assert`: its fast default run count, or `FC_RUNS`.
 *
 * @example
 * fc.assert(fc.property(arb, check), runs(50));
 */
export function runs(fastDefault: number): fc.Parameters<unknown> {
  return { numRuns: longRun ?? fastDefault };
}

/** Test timeout: the unit project's 20 s, or ten minutes for an `FC_RUNS` hunt. */
export const PROPERTY_TIMEOUT = longRun === undefined ? 20_000 : 600_000;
