import { badInput } from './errors.ts';

/** Largest page any list returns. */
export const MAX_PAGE_SIZE = 100;

const PREFIX = 'eg1';

/**
 * Opaque cursor: the position after which the next page starts, tied to the
 * list it came from (a cursor of `events` is refused by `organizations`).
 * Base64url of "eg1:<list>:<offset>"; clients must not build or parse it.
 */
export function encodeCursor(list: string, offset: number): string {
  return Buffer.from(`${PREFIX}:${list}:${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor stands for; BAD_USER_INPUT for anything that is not one of ours for this list. */
export function decodeCursor(list: string, cursor: string): number {
  const fail = () =>
    badInput(`'after' is not a cursor of the ${list} list; pass pageInfo.endCursor (or an edge's cursor) from a previous page of ${list}.`, 'after');
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw fail();
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^eg1:([A-Za-z]+):(\d{1,9})$/.exec(text);
  if (!m || m[1] !== list) throw fail();
  return Number(m[2]);
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Validated offset and limit from `first`/`after`. */
export function pageWindow(list: string, args: PageArgs, defaultSize = 20): { offset: number; limit: number } {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`'first' must be from 1 to ${MAX_PAGE_SIZE} (got ${first}); page through longer lists with 'after'.`, 'first');
  }
  const offset = args.after ? decodeCursor(list, args.after) + 1 : 0;
  return { offset, limit: first };
}

/** A Relay-style connection for a page of items starting at `offset`. */
export function connection<T>(list: string, items: T[], offset: number, total: number) {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(list, offset + i), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
