/** The History tab: what curators did to the selected entity, newest first, page by page. */
import type { LogView, NameOf } from '../controller/index.ts';
import { clear, h, rerender } from './dom.ts';
import { logList } from './logList.ts';

export class HistoryPanel {
  readonly el: HTMLElement;
  private readonly body: HTMLElement;

  constructor(private readonly opts: { nameOf: NameOf; more(): void }) {
    this.body = h('div', { class: 'panel-body' });
    this.el = h('section', { class: 'history', attrs: { 'aria-label': 'History' } }, this.body);
    this.show({ status: 'idle', filter: {}, entries: [], totalCount: 0, hasMore: false });
  }

  show(view: LogView): void {
    rerender(this.body, () => this.render(view));
  }

  private render(view: LogView): void {
    clear(this.body);
    const name = view.filter.entityName;
    if (!name) {
      this.body.append(h('p', { class: 'muted', text: 'Select an entity to read what curators did to it.' }));
      return;
    }
    this.body.append(
      h('h2', { class: 'panel-title', attrs: { id: 'history-title' }, text: `History of ${name}` }),
      ...logList(view, { nameOf: this.opts.nameOf, more: () => this.opts.more(), empty: `No curator has changed ${name}.` }),
    );
  }
}
