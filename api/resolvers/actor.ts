import type { Actor, Role } from '../../graph/index.ts';
import { requireRole } from '../auth.ts';
import type { ApiContext } from '../context.ts';
import { reasonArg } from './args.ts';

/** Who the curation log names for a write that needs `role`, and why; UNAUTHENTICATED or FORBIDDEN for anyone without the role. */
export function actorFor(ctx: ApiContext, role: Role, reason: string | null | undefined): Actor {
  return { name: requireRole(ctx.auth, role, ctx.config).name, reason: reasonArg(reason) };
}
