import { createHash } from 'node:crypto';
import type { Graph } from '../connection.ts';
import type { Role } from './roles.ts';
import { parseToken, secretMatches } from './tokens.ts';

/** Who a valid token belongs to. */
export interface SignedIn {
  name: string;
  role: Role;
}

const byTokenId = `
MATCH (a:Account {tokenId: $tokenId}) WHERE a.disabledAt IS NULL
RETURN a.name AS name, a.role AS role, a.tokenHash AS tokenHash`;

// scrypt costs tens of milliseconds on purpose; a client sending its token
// with every request would pay that each time. A hash that verified is
// remembered with a digest of the secret that matched it: the account (its
// role, whether it is disabled) is still read on every request, and a new
// hash for the account misses the memo.
const MEMO_SIZE = 1000;
const verified = new Set<string>();

function remember(key: string): void {
  if (verified.size >= MEMO_SIZE) verified.clear();
  verified.add(key);
}

/** The enabled account `token` belongs to, or null for a token of no account (malformed, unknown, wrong or disabled). */
export async function accountForToken(graph: Graph, token: string): Promise<SignedIn | null> {
  const parsed = parseToken(token);
  if (!parsed) return null;
  const [row] = await graph.readRows<{ name: string; role: Role; tokenHash: string }>(byTokenId, { tokenId: parsed.tokenId });
  if (!row) return null;
  const key = `${row.tokenHash}\n${createHash('sha256').update(parsed.secret).digest('hex')}`;
  if (!verified.has(key)) {
    if (!(await secretMatches(parsed.secret, row.tokenHash))) return null;
    remember(key);
  }
  return { name: row.name, role: row.role };
}
