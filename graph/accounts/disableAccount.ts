import type { Graph } from '../connection.ts';
import { recordCuration, type Actor } from '../curationLog/index.ts';
import { AccountError, NotFoundError } from '../errors.ts';
import { recordsToPlain } from '../values.ts';
import { ACCOUNT_FIELDS, type Account } from './account.ts';
import { accountName } from './createAccount.ts';

const disable = `
MATCH (a:Account {name: $name})
WITH a, a.disabledAt IS NULL AS enabled
SET a.disabledAt = coalesce(a.disabledAt, $now)
RETURN ${ACCOUNT_FIELDS} AS account, enabled`;

/** Refuses the account's token from now on; the account and what it did stay on record. */
export async function disableAccount(graph: Graph, name: string, actor: Actor): Promise<Account> {
  const clean = accountName(name);
  return graph.write(async (tx) => {
    const now = new Date();
    const [row] = recordsToPlain<{ account: Account; enabled: boolean }>((await tx.run(disable, { name: clean, now: now.toISOString() })).records);
    if (!row) throw new NotFoundError(`No account is named "${clean}"; list them with \`npm run accounts -- list\`.`);
    if (!row.enabled) throw new AccountError(`The account "${clean}" is disabled already (since ${row.account.disabledAt}).`);
    await recordCuration(tx, actor, [{ action: 'DISABLE_ACCOUNT', before: [`account:${clean}`], after: [`account:${clean}`] }], now);
    return row.account;
  });
}
