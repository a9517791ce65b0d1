export { ROLES, isRole, roleIncludes, type Role } from './roles.ts';
export type { Account } from './account.ts';
export { createAccount, accountName } from './createAccount.ts';
export { listAccounts } from './listAccounts.ts';
export { disableAccount } from './disableAccount.ts';
export { accountForToken, type SignedIn } from './accountForToken.ts';
