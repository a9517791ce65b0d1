/**
 * Who is signed in. The token lives in the tab's session storage only (a
 * TokenStore port), goes to the server as the Authorization header, and
 * never into the URL, a log line or a message: a refused token is reported
 * without repeating it.
 */
import type { CurationApi, ViewerView } from '../api/CurationApi.ts';
import { ApiError } from '../api/GraphQLClient.ts';
import { may, type Capability } from './permissions.ts';

/** Where the token is kept between page loads of one tab (sessionStorage in the browser). */
export interface TokenStore {
  read(): string | null;
  /** null forgets it */
  write(token: string | null): void;
}

export type SignInOutcome = { ok: true; viewer: ViewerView } | { ok: false; message: string };

export interface SessionContext {
  api: Pick<CurationApi, 'viewer'>;
  tokens: TokenStore;
  /** the person signed in or out */
  changed(viewer: ViewerView | null): void;
}

export class Session {
  private current: ViewerView | null = null;

  constructor(private readonly ctx: SessionContext) {}

  get viewer(): ViewerView | null {
    return this.current;
  }

  may(what: Capability): boolean {
    return may(this.current, what);
  }

  /** Signs in again with the tab's stored token, if any; a token that no longer signs in is forgotten. */
  async resume(): Promise<void> {
    if (!this.ctx.tokens.read()) return;
    try {
      this.set(await this.ctx.api.viewer());
      if (!this.current) this.ctx.tokens.write(null);
    } catch {
      // the server is away: keep the token and stay signed out until the person signs in again
    }
  }

  async signIn(token: string): Promise<SignInOutcome> {
    const t = token.trim();
    if (!t) return { ok: false, message: 'Paste your access token first.' };
    if (/\s/.test(t)) return { ok: false, message: 'A token has no spaces: paste it exactly as it was given to you.' };
    const previous = this.ctx.tokens.read();
    this.ctx.tokens.write(t);
    let viewer: ViewerView | null;
    try {
      viewer = await this.ctx.api.viewer();
    } catch (err) {
      this.ctx.tokens.write(previous);
      return { ok: false, message: signInFailure(err) };
    }
    if (!viewer) {
      this.ctx.tokens.write(previous);
      return { ok: false, message: 'That token does not sign in: it is not the token of an enabled account on this server. Check it, or ask an admin for a new one.' };
    }
    this.set(viewer);
    return { ok: true, viewer };
  }

  signOut(): void {
    this.ctx.tokens.write(null);
    this.set(null);
  }

  private set(viewer: ViewerView | null): void {
    const same = viewer?.name === this.current?.name && viewer?.role === this.current?.role;
    this.current = viewer;
    if (!same) this.ctx.changed(viewer);
  }
}

function signInFailure(err: unknown): string {
  if (err instanceof ApiError && err.code === 'RATE_LIMITED') return 'Too many sign-ins with a wrong token from here: wait a few minutes, then try again.';
  if (err instanceof ApiError && (err.code === 'FORBIDDEN' || err.code === '403')) {
    return 'That token does not sign in: it is not the token of an enabled account on this server. Check it, or ask an admin for a new one.';
  }
  return `Could not sign in: ${err instanceof Error ? err.message : String(err)}`;
}
