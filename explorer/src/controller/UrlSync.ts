import type { UrlPort } from './ports.ts';

/**
 * Keeps the URL fragment in step with the view. Writes wait for a quiet
 * moment (`delay`), so a drag or a burst of steps rewrites the address once.
 */
export class UrlSync {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly url: UrlPort,
    private readonly delay: number,
  ) {}

  /** Writes `fragment` once nothing newer arrives for `delay` ms. */
  schedule(fragment: () => string): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write(fragment()), this.delay);
  }

  /** Writes now, dropping a pending write (a copied link must hold the view of this moment). */
  writeNow(fragment: string): void {
    clearTimeout(this.timer);
    this.write(fragment);
  }

  private write(fragment: string): void {
    if (fragment !== this.url.read()) this.url.replace(fragment);
  }
}
