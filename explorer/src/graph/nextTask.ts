/**
 * Resolves in a later task of the page, so that the work before and after
 * it are two tasks instead of one: input and frames can come between, and
 * neither half blocks the page as long as both would (Lighthouse counts each
 * task's time beyond 50 ms as blocking). `scheduler.yield` resumes ahead of
 * other queued work where the browser has it; elsewhere a timeout does.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
