/** The right-hand side: Details, Partners and Trace path as tabs, one shown at a time. */
import type { PanelName } from '../controller/index.ts';
import { h } from './dom.ts';

const LABELS: Record<PanelName, string> = { details: 'Details', partners: 'Partners', path: 'Trace path' };

export class SidePanels {
  readonly el: HTMLElement;
  private readonly tabs = new Map<PanelName, { tab: HTMLButtonElement; panel: HTMLElement }>();
  private shown: PanelName = 'details';

  /** `onShow` runs whenever a panel is shown (the page then lets the side open on narrow screens). */
  constructor(
    panels: Record<PanelName, HTMLElement>,
    private readonly onShow: () => void,
  ) {
    const tabList = h('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Panels' } });
    this.el = h('aside', { class: 'side right', attrs: { id: 'side-right', 'aria-label': 'Panels' } }, tabList);
    for (const key of Object.keys(LABELS) as PanelName[]) {
      const tab = h('button', { class: 'tab', attrs: { type: 'button', role: 'tab', id: `tab-${key}`, 'aria-controls': `panel-${key}`, 'aria-selected': 'false' }, text: LABELS[key], on: { click: () => this.show(key) } });
      const wrap = h('div', { class: 'tab-panel', attrs: { role: 'tabpanel', id: `panel-${key}`, 'aria-labelledby': `tab-${key}`, hidden: true } }, panels[key]);
      tabList.append(tab);
      this.el.append(wrap);
      this.tabs.set(key, { tab, panel: wrap });
    }
  }

  get current(): PanelName {
    return this.shown;
  }

  show(panel: PanelName): void {
    this.shown = panel;
    for (const [key, t] of this.tabs) {
      const on = key === panel;
      t.tab.setAttribute('aria-selected', String(on));
      t.tab.tabIndex = on ? 0 : -1;
      t.panel.hidden = !on;
    }
    this.onShow();
  }
}
