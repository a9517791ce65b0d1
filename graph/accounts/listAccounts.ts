import type { Graph } from '../connection.ts';
import { ACCOUNT_FIELDS, type Account } from './account.ts';

const list = `MATCH (a:Account) RETURN ${ACCOUNT_FIELDS} AS account ORDER BY a.name`;

export async function listAccounts(graph: Graph): Promise<Account[]> {
  return (await graph.readRows<{ account: Account }>(list)).map((r) => r.account);
}
