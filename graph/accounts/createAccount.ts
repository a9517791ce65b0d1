import type { Graph } from '../connection.ts';
import { AccountError, ConstraintViolationError } from '../errors.ts';
import { recordCuration, type Actor } from '../curationLog/index.ts';
import { recordsToPlain } from '../values.ts';
import { ACCOUNT_FIELDS, type Account } from './account.ts';
import { isRole, ROLES } from './roles.ts';
import { newToken } from './tokens.ts';

/** Lower-case so that "Alice" and "alice" cannot be two people; no ':' so no account looks like `cli:…` or `bootstrap:admin`. */
const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** The name as stored, or AccountError saying what a name may be. */
export function accountName(name: string): string {
  const clean = name.trim();
  if (!clean) throw new AccountError('An account name cannot be empty; give the person\'s or script\'s name, e.g. "alice".');
  if (!NAME.test(clean)) {
    throw new AccountError(
      `${JSON.stringify(clean.slice(0, 80))} is not a valid account name: use 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.`,
    );
  }
  return clean;
}

const exists = 'MATCH (a:Account {name: $name}) RETURN a.name AS name';

const create = `
CREATE (a:Account {name: $name, role: $role, tokenId: $tokenId, tokenHash: $tokenHash, createdAt: $now, createdBy: $by})
RETURN ${ACCOUNT_FIELDS} AS account`;

/**
 * A new account with a new token. The token is returned once, here; the
 * graph keeps its id and a salted hash, so nobody can read it back later.
 */
export async function createAccount(graph: Graph, input: { name: string; role: string }, actor: Actor): Promise<{ account: Account; token: string }> {
  const name = accountName(input.name);
  if (!isRole(input.role)) throw new AccountError(`${JSON.stringify(input.role)} is not a role; give one of ${ROLES.join(', ')}.`);
  const { token, tokenId, tokenHash } = await newToken();
  const taken = () => new AccountError(`An account named "${name}" exists already; choose another name (list them with \`npm run accounts -- list\`).`);
  try {
    const account = await graph.write(async (tx) => {
      if ((await tx.run(exists, { name })).records.length > 0) throw taken();
      const now = new Date();
      const [row] = recordsToPlain<{ account: Account }>((await tx.run(create, { name, role: input.role, tokenId, tokenHash, now: now.toISOString(), by: actor.name })).records);
      await recordCuration(tx, actor, [{ action: 'CREATE_ACCOUNT', before: [], after: [`account:${name}`], detail: input.role }], now);
      return row!.account;
    });
    return { account, token };
  } catch (err) {
    // Two creations of one name at once: the unique constraint refuses the second.
    throw err instanceof ConstraintViolationError ? taken() : err;
  }
}
