import { DEFAULT_MAX_POLICY_BYTES } from '@policykit/sdk';

/** The same bounds `loadPolicy` puts on a policy it fetches: 30 s, body included. */
export const FETCH_TIMEOUT_MS = 30_000;

/** A page fetched for `policykit import https://…`. */
export type FetchedSource =
  { ok: true; text: string; url: string; contentType: string } | { ok: false; problem: string };

/**
 * Fetches an `https:` page as text with `loadPolicy`'s limits: at most
 * `DEFAULT_MAX_POLICY_BYTES` (4 MiB, read as a stream and cut off past it) and
 * `FETCH_TIMEOUT_MS` for the whole exchange. Never throws: every failure is a
 * one-line problem.
 */
export async function fetchSource(
  url: string,
  fetchImpl: typeof fetch = fetch,
  { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = DEFAULT_MAX_POLICY_BYTES } = {},
): Promise<FetchedSource> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal,
      redirect: 'follow',
      headers: { accept: 'text/html, text/markdown;q=0.9, text/plain;q=0.8' },
    });
    if (!response.ok)
      return { ok: false, problem: `HTTP ${response.status} ${response.statusText}`.trim() };
    const finalUrl = response.url || url;
    if (!finalUrl.startsWith('https:')) {
      return { ok: false, problem: `was redirected to ${finalUrl}, which is not https:` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      return { ok: false, problem: `is ${declared} bytes; the limit is ${maxBytes}` };
    }
    const text = await readLimited(response, maxBytes);
    if (text === undefined) return { ok: false, problem: `is over the limit of ${maxBytes} bytes` };
    return {
      ok: true,
      text,
      url: finalUrl,
      contentType: response.headers.get('content-type') ?? '',
    };
  } catch (error) {
    if (controller.signal.aborted)
      return { ok: false, problem: `took longer than ${timeoutMs} ms` };
    return {
      ok: false,
      problem: `cannot be fetched: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
