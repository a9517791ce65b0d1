/** The Log tab (admins): every write, newest first, page by page, optionally one curator's. */
import type { LogView, NameOf } from '../controller/index.ts';
import { button, clear, h, rerender } from './dom.ts';
import { logList } from './logList.ts';

export class LogPanel {
  readonly el: HTMLElement;
  private readonly body: HTMLElement;
  private readonly curator: HTMLInputElement;

  constructor(private readonly opts: { nameOf: NameOf; open(curator: string | null): void; more(): void }) {
    this.curator = h('input', { class: 'search-input', attrs: { id: 'log-curator', type: 'text', autocomplete: 'off', spellcheck: 'false' } });
    const form = h(
      'form',
      { class: 'log-filter', attrs: { 'aria-label': 'Filter the log' } },
      h('label', { class: 'field-label', attrs: { for: 'log-curator' }, text: 'Curator (account name)' }),
      h(
        'div',
        { class: 'row' },
        this.curator,
        h('button', { class: 'btn', attrs: { type: 'submit', 'data-action': 'log-filter' }, text: 'Filter' }),
        button('All', () => {
          this.curator.value = '';
          opts.open(null);
        }, { attrs: { 'data-action': 'log-all' } }),
      ),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      opts.open(this.curator.value.trim() || null);
    });
    this.body = h('div', { class: 'log-body' });
    this.el = h('section', { class: 'log', attrs: { 'aria-label': 'Curation log' } }, h('h2', { class: 'panel-title', text: 'Curation log' }), form, this.body);
  }

  show(view: LogView): void {
    const who = view.filter.curator;
    rerender(this.body, () => {
      clear(this.body);
      this.body.append(...logList(view, { nameOf: this.opts.nameOf, more: () => this.opts.more(), empty: who ? `${who} has made no changes.` : 'Nothing has been written yet.' }));
    });
  }
}
