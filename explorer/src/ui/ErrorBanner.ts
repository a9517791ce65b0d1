/** A readable message when the API fails, with Retry; replaces any earlier message. */
import { ApiError } from '../api/GraphQLClient.ts';
import { button, clear, h } from './dom.ts';

export class ErrorBanner {
  readonly el: HTMLElement;

  constructor() {
    this.el = h('div', { class: 'error-banner', attrs: { role: 'alert', hidden: true } });
  }

  show(err: unknown, retry: (() => void) | null, what = 'The explorer could not load data'): void {
    clear(this.el);
    const message = err instanceof Error ? err.message : String(err);
    const hint = err instanceof ApiError && !err.retryable ? '' : ' Retry when the server is back.';
    this.el.append(
      h('div', { class: 'error-text' }, h('strong', { text: `${what}. ` }), h('span', { text: message }), hint ? h('span', { class: 'muted', text: hint }) : null),
      h(
        'div',
        { class: 'error-actions' },
        retry
          ? button(
              'Retry',
              () => {
                this.hide();
                retry();
              },
              { class: 'btn primary', attrs: { 'data-action': 'retry' } },
            )
          : null,
        button('Dismiss', () => this.hide(), { class: 'btn' }),
      ),
    );
    this.el.hidden = false;
    (this.el.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  hide(): void {
    this.el.hidden = true;
    clear(this.el);
  }

  get visible(): boolean {
    return !this.el.hidden;
  }
}
