/** The line under the canvas: what is drawn, filtered, left out or hidden, and the last step's note. */
import type { StatusSummary } from '../controller/index.ts';
import { button, clear, h } from './dom.ts';

export class StatusBar {
  readonly el: HTMLElement;

  constructor(private readonly actions: { showHidden(): void; loadMore(): void; showAll(): void }) {
    this.el = h('div', { class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  }

  update(s: StatusSummary): void {
    const el = this.el;
    clear(el);
    el.append(h('span', { attrs: { 'data-testid': 'counts' }, text: `${s.entities} entities · ${s.relationships} relationships` }));
    if (s.groups) el.append(h('span', { attrs: { 'data-testid': 'groups' }, text: ` · ${s.groups} group${s.groups === 1 ? '' : 's'} (open one to see its members)` }));
    if (s.showAll) {
      const total = s.showAll.total.toLocaleString('en');
      el.append(' · ', h('span', { text: `${s.showAll.name}'s neighbours are grouped. ` }), button(`Show all ${total}`, () => this.actions.showAll(), { class: 'link-btn', attrs: { 'data-action': 'show-all' } }));
    }
    if (s.filteredOut !== null) el.append(h('span', { text: ` · ${s.filteredOut} filtered out` }));
    if (s.notDrawn) el.append(h('span', { class: 'warn', text: ` · ${s.notDrawn} more not drawn (limit ${s.drawLimit}); hide or filter to see them` }));
    if (s.hidden) el.append(' · ', button(`Show ${s.hidden} hidden`, () => this.actions.showHidden(), { class: 'link-btn', attrs: { 'data-action': 'show-hidden' } }));
    if (s.canLoadMore) {
      el.append(' · ', h('span', { class: 'warn', text: 'More neighbours than shown. ' }), button('Load more', () => this.actions.loadMore(), { class: 'link-btn', attrs: { 'data-action': 'load-more' } }));
    }
    if (s.webgl) el.append(h('span', { text: ' · WebGL' }));
    if (s.note) el.append(h('div', { class: 'note', text: s.note }));
  }
}
