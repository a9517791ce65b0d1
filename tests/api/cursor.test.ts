import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { connection, decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageWindow } from '../../api/pagination.ts';

const code = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (e) {
    return e instanceof GraphQLError ? e.extensions.code : e;
  }
  return 'no error';
};

describe('cursors', () => {
  it('round-trip an offset and stay opaque (no readable offset in the string)', () => {
    for (const offset of [0, 1, 19, 123456]) {
      const c = encodeCursor('organizations', offset);
      expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(c).not.toContain(String(offset === 0 ? 'organizations' : offset));
      expect(decodeCursor('organizations', c)).toBe(offset);
    }
  });

  it('refuse garbage, tampered and foreign cursors with BAD_USER_INPUT', () => {
    expect(code(() => decodeCursor('organizations', 'garbage!'))).toBe('BAD_USER_INPUT');
    expect(code(() => decodeCursor('organizations', Buffer.from('eg1:organizations:-1').toString('base64url')))).toBe('BAD_USER_INPUT');
    expect(code(() => decodeCursor('organizations', Buffer.from('eg1:organizations:1e9').toString('base64url')))).toBe('BAD_USER_INPUT');
    expect(code(() => decodeCursor('organizations', encodeCursor('events', 3)))).toBe('BAD_USER_INPUT');
    expect(code(() => decodeCursor('organizations', 'x'.repeat(500)))).toBe('BAD_USER_INPUT');
  });

  it('page windows start after the cursor and respect the maximum page size', () => {
    expect(pageWindow('events', {})).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow('events', { first: 5, after: encodeCursor('events', 9) })).toEqual({ offset: 10, limit: 5 });
    expect(code(() => pageWindow('events', { first: MAX_PAGE_SIZE + 1 }))).toBe('BAD_USER_INPUT');
    expect(code(() => pageWindow('events', { first: 0 }))).toBe('BAD_USER_INPUT');
  });

  it('connections report their position in the whole list', () => {
    const c = connection('topics', ['a', 'b'], 10, 13);
    expect(c.totalCount).toBe(13);
    expect(c.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor('topics', 10),
      endCursor: encodeCursor('topics', 11),
    });
    expect(connection('topics', [], 0, 0).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
