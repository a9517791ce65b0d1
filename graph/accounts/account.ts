import type { Role } from './roles.ts';

/** An account as it may be shown: never its token or hash. */
export interface Account {
  name: string;
  role: Role;
  /** ISO timestamp */
  createdAt: string;
  createdBy: string;
  /** ISO timestamp; a disabled account's token is refused */
  disabledAt: string | null;
}

/** The projection every account query returns. */
export const ACCOUNT_FIELDS = 'a {.name, .role, .createdAt, .createdBy, .disabledAt}';
