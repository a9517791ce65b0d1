/**
 * Over the canvas, top right: how pictures too large to read are grouped
 * (country, type, community, or not at all) and, while one is grouped, the
 * breadcrumb of opened groups — each step back a button.
 */
import type { StatusSummary } from '../controller/index.ts';
import { isGrouping, type Grouping } from '../grouping/groupPath.ts';
import { button, clear, h } from './dom.ts';

const CHOICES: ReadonlyArray<[Grouping, string]> = [
  ['country', 'Group by country'],
  ['type', 'Group by type'],
  ['community', 'Group by community'],
  ['off', 'Never group'],
];

export class GroupingBar {
  readonly el: HTMLElement;
  private readonly select: HTMLSelectElement;
  private readonly crumbs: HTMLElement;

  constructor(private readonly actions: { setGrouping(g: Grouping): void; backTo(depth: number): void }) {
    this.select = h(
      'select',
      {
        attrs: { id: 'grouping', 'aria-label': 'Group large pictures', title: 'How a picture with more than the drawing budget is grouped' },
        on: { change: () => isGrouping(this.select.value) && this.actions.setGrouping(this.select.value) },
      },
      ...CHOICES.map(([value, text]) => h('option', { attrs: { value }, text })),
    );
    this.crumbs = h('nav', { class: 'crumbs', attrs: { 'aria-label': 'Groups opened', hidden: true } });
    this.el = h('div', { class: 'grouping-bar' }, this.crumbs, this.select);
  }

  update(s: Pick<StatusSummary, 'grouping' | 'crumbs'>): void {
    if (this.select.value !== s.grouping) this.select.value = s.grouping;
    clear(this.crumbs);
    this.crumbs.hidden = s.crumbs.length === 0;
    const list = h('ol');
    s.crumbs.forEach((c, i) => {
      const last = i === s.crumbs.length - 1;
      list.append(
        h(
          'li',
          {},
          last
            ? h('span', { attrs: { 'aria-current': 'location' }, text: c.name })
            : button(c.name, () => this.actions.backTo(c.depth), { class: 'link-btn', attrs: { 'data-crumb': c.depth } }),
        ),
      );
    });
    this.crumbs.append(list);
  }
}
