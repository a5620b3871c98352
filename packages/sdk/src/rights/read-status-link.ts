/**
 * The reference and status code in a status link's fragment (`#ref=CTT-2026-000123&token=…`,
 * the shape `statusUrl` in the server docs builds), or `undefined` when either is missing. The
 * fragment is where the token belongs: a browser sends neither it nor the rest of the fragment
 * to any server, so the code stays out of access logs and `Referer` headers.
 *
 * @example
 * readStatusLink(location.hash); // { reference: 'CTT-2026-000123', token: 'k3…' }
 */
export function readStatusLink(hash: string): { reference: string; token: string } | undefined {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const reference = params.get('ref')?.trim();
  const token = params.get('token')?.trim();
  return reference && token ? { reference, token } : undefined;
}
