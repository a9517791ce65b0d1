import { ApiError } from '../api/GraphQLClient.ts';
import type { ExplorerEvents } from './ports.ts';

/**
 * Every request a step makes runs through `attempt`: the page shows it is
 * busy while any runs, and a failure reaches the page once, naming the step
 * and how to repeat it. A request the person cancelled is no failure.
 */
export class Requests {
  private pending = 0;

  constructor(private readonly events: Partial<ExplorerEvents>) {}

  /** `{ value }` when `fn` succeeds; null when it failed (already reported) or was cancelled. */
  async attempt<T>(what: string, fn: () => Promise<T>, retry: () => void): Promise<{ value: T } | null> {
    if (this.pending++ === 0) this.events.busy?.(true);
    try {
      return { value: await fn() };
    } catch (err) {
      if (!(err instanceof ApiError && err.kind === 'aborted')) this.events.failed?.(what, err, retry);
      return null;
    } finally {
      if (--this.pending === 0) this.events.busy?.(false);
    }
  }
}
