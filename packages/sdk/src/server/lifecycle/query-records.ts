import { isFinalRequestStatus, REQUEST_STATUSES } from '../../rights/lifecycle/request-status';
import { REDACTED } from '../retention';
import type {
  RightsRequestPage,
  RightsRequestQuery,
  StoredRightsRequest,
} from '../rights-request-store';
import { lifecycleOf } from './stored-lifecycle';

/** A query with its defaults filled in and every value checked. */
export interface NormalizedQuery extends Omit<
  RightsRequestQuery,
  'sort' | 'order' | 'limit' | 'offset'
> {
  sort: 'due' | 'received';
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
  /** `search`, trimmed; `undefined` when blank. */
  search?: string;
}

/** The largest page a store returns. */
export const MAX_PAGE_SIZE = 500;

/**
 * Checks a query (every store does, the same way) and fills in its defaults; a bad value is a
 * `RangeError` naming the field — never repeating the value, which may be an e-mail address.
 */
export function normalizeQuery(query: RightsRequestQuery): NormalizedQuery {
  const bad = (field: string, rule: string): never => {
    throw new RangeError(`query.${field} ${rule}`);
  };
  for (const status of query.status ?? []) {
    if (!(REQUEST_STATUSES as readonly string[]).includes(status)) {
      bad('status', `must be one of ${REQUEST_STATUSES.join(', ')}`);
    }
  }
  for (const field of ['dueBefore', 'overdueAt'] as const) {
    const value = query[field];
    if (value !== undefined && Number.isNaN(Date.parse(value))) bad(field, 'is not a date');
  }
  const sort = query.sort ?? 'due';
  if (sort !== 'due' && sort !== 'received') bad('sort', 'must be due or received');
  const order = query.order ?? 'asc';
  if (order !== 'asc' && order !== 'desc') bad('order', 'must be asc or desc');
  const limit = query.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    bad('limit', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  }
  const offset = query.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) bad('offset', 'must be a whole number, 0 or more');
  const search = query.search?.trim() || undefined;
  if (search !== undefined && search.length > 320) bad('search', 'must be at most 320 characters');
  return {
    ...query,
    ...(query.dueBefore ? { dueBefore: new Date(query.dueBefore).toISOString() } : {}),
    ...(query.overdueAt ? { overdueAt: new Date(query.overdueAt).toISOString() } : {}),
    sort,
    order,
    limit,
    offset,
    search,
  };
}

/** Byte order, as PostgreSQL's `COLLATE "C"`: every store breaks ties the same way. */
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Runs a query over records in memory (the memory and file stores). The PostgreSQL store runs
 * the same query in SQL; the shared contract suite holds the two to one answer.
 */
export function queryRecords(
  records: Iterable<StoredRightsRequest>,
  input: RightsRequestQuery,
): RightsRequestPage {
  const query = normalizeQuery(input);
  const statuses = query.status && new Set<string>(query.status);
  const rights = query.right && new Set<string>(query.right);
  const search = query.search?.toLowerCase();
  const matched: { record: StoredRightsRequest; due: string | null; received: string }[] = [];
  for (const record of records) {
    const lifecycle = lifecycleOf(record);
    const open = !isFinalRequestStatus(lifecycle.status);
    const due = lifecycle.dueBy === null ? null : new Date(lifecycle.dueBy).toISOString();
    if (statuses && !statuses.has(lifecycle.status)) continue;
    if (rights && !rights.has(record.receipt.right)) continue;
    if (query.open !== undefined && open !== query.open) continue;
    if (query.dueBefore !== undefined && !(due !== null && due < query.dueBefore)) continue;
    if (query.overdueAt !== undefined && !(open && due !== null && due < query.overdueAt)) {
      continue;
    }
    if (search !== undefined) {
      const email = record.request.email;
      const byReference = record.receipt.reference.toLowerCase().startsWith(search);
      const byEmail = email !== REDACTED && email.toLowerCase() === search;
      if (!byReference && !byEmail) continue;
    }
    const received = new Date(record.receipt.submittedAt).toISOString();
    matched.push({ record, due, received });
  }
  const sign = query.order === 'asc' ? 1 : -1;
  matched.sort((a, b) => {
    if (query.sort === 'due') {
      // No deadline sorts last either way, as `NULLS LAST` does.
      if (a.due !== b.due) {
        if (a.due === null) return 1;
        if (b.due === null) return -1;
        return sign * byCodeUnit(a.due, b.due);
      }
    } else if (a.received !== b.received) {
      return sign * byCodeUnit(a.received, b.received);
    }
    return sign * byCodeUnit(a.record.receipt.reference, b.record.receipt.reference);
  });
  const items = matched.slice(query.offset, query.offset + query.limit).map((m) => m.record);
  const next = query.offset + items.length;
  return { items, total: matched.length, nextOffset: next < matched.length ? next : null };
}
