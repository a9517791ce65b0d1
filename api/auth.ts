import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { accountForToken, roleIncludes, type Graph, type Role } from '../graph/index.ts';
import type { ServerConfig } from './config.ts';
import { userError } from './errors.ts';
import type { SignInLimiter } from './security.ts';

/** Who sent the request. */
export interface Viewer {
  name: string;
  role: Role;
}

/** What the Authorization header proved: who it is, no header at all, or a token that is nobody's. */
export type Auth = Viewer | 'missing' | 'invalid';

/** The name EDUGRAPH_ADMIN_TOKEN signs in as; account names cannot hold ':', so no account can be taken for it. */
export const BOOTSTRAP_ADMIN: Viewer = { name: 'bootstrap:admin', role: 'admin' };

/** What `checkAdmin` found for the bootstrap token alone. */
export type AdminAuth = 'admin' | 'no-token-configured' | 'missing' | 'invalid';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** The token of `Authorization: Bearer <token>`; undefined without the header, null when it is not a bearer token. */
function bearerToken(headers: IncomingHttpHeaders): string | null | undefined {
  const header = headers.authorization;
  if (!header) return undefined;
  return /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? null;
}

/**
 * Checks `Authorization: Bearer <token>` against the configured admin token.
 * Both sides are hashed first so the comparison is constant-time whatever the
 * lengths; the token itself is never logged (see logger.ts redaction).
 */
export function checkAdmin(headers: IncomingHttpHeaders, adminToken: string | null): AdminAuth {
  if (!adminToken) return 'no-token-configured';
  const token = bearerToken(headers);
  if (token === undefined) return 'missing';
  if (token === null) return 'invalid';
  return timingSafeEqual(digest(token), digest(adminToken)) ? 'admin' : 'invalid';
}

/**
 * Signs a request in: the bootstrap admin token, else an enabled account's
 * token. A client that sent too many bad tokens is refused (RATE_LIMITED)
 * before its token is looked at; each bad token counts against it.
 */
export async function authenticate(
  headers: IncomingHttpHeaders,
  client: string,
  deps: { graph: Graph; config: ServerConfig; signIns: SignInLimiter },
): Promise<Auth> {
  const token = bearerToken(headers);
  if (token === undefined) return 'missing';
  await deps.signIns.check(client);
  if (checkAdmin(headers, deps.config.adminToken) === 'admin') return BOOTSTRAP_ADMIN;
  const account = token === null ? null : await accountForToken(deps.graph, token);
  if (account) return account;
  await deps.signIns.failed(client);
  return 'invalid';
}

type Refusal = { code: 'UNAUTHENTICATED' | 'FORBIDDEN'; message: string };

/** Why `auth` may not do what needs `role`; null when it may. */
function refusal(auth: Auth, role: Role, config: Pick<ServerConfig, 'adminToken'>): Refusal | null {
  if (auth === 'missing') {
    return {
      code: 'UNAUTHENTICATED',
      message: `This operation needs the token of a ${role} account or higher: send the header "Authorization: Bearer <token>" (a token from \`npm run accounts -- add\`, or EDUGRAPH_ADMIN_TOKEN).`,
    };
  }
  if (auth === 'invalid') {
    return {
      code: 'FORBIDDEN',
      message: config.adminToken
        ? 'The bearer token is neither the EDUGRAPH_ADMIN_TOKEN of this server nor the token of an enabled account.'
        : 'The bearer token is not the token of an enabled account (and this server has no EDUGRAPH_ADMIN_TOKEN configured).',
    };
  }
  if (roleIncludes(auth.role, role)) return null;
  return { code: 'FORBIDDEN', message: `"${auth.name}" is a ${auth.role} account; this operation needs the ${role} role or higher. An admin can give you an account that has it.` };
}

/** The viewer if signed in with `role` or higher; otherwise UNAUTHENTICATED or FORBIDDEN, saying what is missing. */
export function requireRole(auth: Auth, role: Role, config: Pick<ServerConfig, 'adminToken'>): Viewer {
  const refused = refusal(auth, role, config);
  if (refused) throw userError(refused.code, refused.message);
  return auth as Viewer;
}

/**
 * With EDUGRAPH_READ_ACCESS=token, a request that is not signed in is
 * refused before any work: HTTP 401 without a token, 403 with a bad one.
 */
export function requireReadAccess(auth: Auth, config: ServerConfig): void {
  if (config.readAccess === 'public') return;
  const refused = refusal(auth, 'reader', config);
  if (!refused) return;
  const message = auth === 'missing' ? 'This server is private: every request needs a token. Send the header "Authorization: Bearer <token>"; an admin can create an account for you.' : refused.message;
  throw userError(refused.code, message, { http: { status: refused.code === 'UNAUTHENTICATED' ? 401 : 403 } });
}
