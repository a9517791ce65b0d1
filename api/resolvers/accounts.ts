import { createAccount, disableAccount, listAccounts, type Account, type Role } from '../../graph/index.ts';
import { requireRole, type Viewer } from '../auth.ts';
import type { ApiContext } from '../context.ts';
import { actorFor } from './actor.ts';

type RoleEnum = Uppercase<Role>;

const roleOut = (role: Role): RoleEnum => role.toUpperCase() as RoleEnum;

function accountValue(a: Account) {
  return { ...a, role: roleOut(a.role), disabled: a.disabledAt !== null };
}

const viewerValue = (v: Viewer) => ({ name: v.name, role: roleOut(v.role) });

export const accountResolvers = {
  Query: {
    viewer: (_: unknown, __: unknown, ctx: ApiContext) => (ctx.viewer ? viewerValue(ctx.viewer) : null),
    accounts: async (_: unknown, __: unknown, ctx: ApiContext) => {
      requireRole(ctx.auth, 'admin', ctx.config);
      return (await listAccounts(ctx.graph)).map(accountValue);
    },
  },
  Mutation: {
    createAccount: async (_: unknown, args: { name: string; role: RoleEnum; reason?: string | null }, ctx: ApiContext) => {
      const actor = actorFor(ctx, 'admin', args.reason);
      const { account, token } = await createAccount(ctx.graph, { name: args.name, role: args.role.toLowerCase() }, actor);
      ctx.log.info({ account: account.name, role: account.role, by: actor.name }, 'createAccount');
      return { account: accountValue(account), token };
    },
    disableAccount: async (_: unknown, args: { name: string; reason?: string | null }, ctx: ApiContext) => {
      const actor = actorFor(ctx, 'admin', args.reason);
      const account = await disableAccount(ctx.graph, args.name, actor);
      ctx.log.info({ account: account.name, by: actor.name }, 'disableAccount');
      return accountValue(account);
    },
  },
};
