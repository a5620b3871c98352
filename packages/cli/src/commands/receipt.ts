import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  AcknowledgementReceiptError,
  verifyAcknowledgementReceipt,
  type AcknowledgementReceiptMismatch,
} from '@policykit/sdk';
import { EXIT, type CliIo, type ExitCode } from '../cli-io';
import { locateJsonSyntaxError } from '../json-syntax-error';
import { parseCommandArgs } from '../parse-command-args';
import { describeFsError, formatProblem, readPolicy } from '../read-policy';
import { USAGE } from '../usage';
import { UsageError } from '../usage-error';

/** A receipt is a few hundred bytes; anything this large is not one. */
const MAX_RECEIPT_BYTES = 1024 * 1024;

const WHAT: Record<AcknowledgementReceiptMismatch, string> = {
  'policy-id': 'the policy id',
  version: 'the version',
  locale: 'the locale',
  'document-hash': 'the SHA-256 of the document’s canonical JSON',
};

/** The receipt file as JSON, or a problem line (`file: (document): message`). */
async function readReceipt(
  file: string,
  cwd: string,
): Promise<{ ok: true; json: unknown } | { ok: false; problem: string }> {
  const fail = (message: string) => ({
    ok: false as const,
    problem: formatProblem(file, { path: '', message }),
  });
  let text: string;
  try {
    const info = await stat(resolve(cwd, file));
    if (info.isDirectory()) return fail('is a directory, not a receipt');
    if (info.size > MAX_RECEIPT_BYTES) {
      return fail(`is ${info.size} bytes; receipts are limited to ${MAX_RECEIPT_BYTES}`);
    }
    text = (await readFile(resolve(cwd, file), 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    return fail(`cannot be read: ${describeFsError(error)}`);
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const where = locateJsonSyntaxError(text);
    return fail(
      where
        ? `invalid JSON at line ${where.line}, column ${where.column}: ${where.reason}`
        : `invalid JSON: ${(error as Error).message}`,
    );
  }
}

/**
 * `policykit receipt verify <receipt.json> <policy>`: checks an acknowledgement receipt against
 * the policy document (`verifyAcknowledgementReceipt`). Prints what was verified, or the first
 * mismatch; never the receipt's subject id (personal data).
 */
export async function receiptCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('receipt', args, {});
  if (values.help) {
    io.stdout.write(USAGE.receipt);
    return EXIT.ok;
  }
  const [action, receiptFile, policyFile, ...extra] = positionals;
  if (action !== 'verify') {
    throw new UsageError(
      action === undefined
        ? 'receipt needs an action: verify'
        : `unknown receipt action "${action}"`,
      'receipt',
    );
  }
  if (receiptFile === undefined || policyFile === undefined || extra.length > 0) {
    throw new UsageError('receipt verify needs two files: the receipt and the policy', 'receipt');
  }

  const [receipt, policy] = await Promise.all([
    readReceipt(receiptFile, io.cwd),
    readPolicy(policyFile, io.cwd),
  ]);
  if (!receipt.ok || !policy.ok) {
    if (!receipt.ok) io.stderr.write(`${receipt.problem}\n`);
    if (!policy.ok) for (const problem of policy.problems) io.stderr.write(`${problem}\n`);
    return EXIT.problems;
  }

  let result;
  try {
    result = await verifyAcknowledgementReceipt(receipt.json, policy.policy);
  } catch (error) {
    if (!(error instanceof AcknowledgementReceiptError)) throw error;
    io.stderr.write(`${formatProblem(receiptFile, { path: error.field, message: error.rule })}\n`);
    return EXIT.problems;
  }
  const { receipt: contents } = result;
  if (!result.ok) {
    io.stdout.write(
      `${receiptFile}: does not match ${policyFile}: ${WHAT[result.mismatch]} is ${result.actual} in the receipt, ${result.expected} in the document\n`,
    );
    return EXIT.problems;
  }
  const verb = contents.event === 'acknowledged' ? 'acknowledged' : 'delivered';
  io.stdout.write(
    `${receiptFile}: verified against ${policyFile}: ${contents.policyId} version ${contents.version} (${contents.locale}), ${verb} ${contents.recordedAt} in the ${contents.channel}, SHA-256 ${contents.documentSha256}\n`,
  );
  return EXIT.ok;
}
