import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { userError } from './errors.ts';

/** What the request proved about its caller. */
export type AdminAuth = 'admin' | 'no-token-configured' | 'missing' | 'invalid';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * Checks `Authorization: Bearer <token>` against the configured admin token.
 * Both sides are hashed first so the comparison is constant-time whatever the
 * lengths; the token itself is never logged (see logger.ts redaction).
 */
export function checkAdmin(headers: IncomingHttpHeaders, adminToken: string | null): AdminAuth {
  if (!adminToken) return 'no-token-configured';
  const header = headers.authorization;
  if (!header) return 'missing';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m) return 'invalid';
  return timingSafeEqual(digest(m[1]!), digest(adminToken)) ? 'admin' : 'invalid';
}

/** Throws the error a write without the right token gets. */
export function requireAdmin(auth: AdminAuth): void {
  switch (auth) {
    case 'admin':
      return;
    case 'no-token-configured':
      throw userError('FORBIDDEN', 'Writes are disabled on this server: it has no EDUGRAPH_ADMIN_TOKEN configured. Set it (16+ characters) and restart to allow them.');
    case 'missing':
      throw userError('UNAUTHENTICATED', 'This operation needs the admin token: send the header "Authorization: Bearer <EDUGRAPH_ADMIN_TOKEN>".');
    case 'invalid':
      throw userError('FORBIDDEN', 'The bearer token is not the admin token configured on this server.');
  }
}
