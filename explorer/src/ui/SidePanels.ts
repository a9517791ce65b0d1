/**
 * The right-hand side: Details, History, Partners, Trace path, Review, Add
 * report and Log as tabs, one shown at a time. History, Review, Add report and Log are offered only
 * to the roles that may use them (`setAvailable`). From the keyboard: Tab
 * reaches the shown tab, the arrows choose another.
 */
import type { PanelName } from '../controller/index.ts';
import { h } from './dom.ts';

const LABELS: Record<PanelName, string> = { details: 'Details', history: 'History', partners: 'Partners', path: 'Trace path', review: 'Review', add: 'Add report', log: 'Log' };

export class SidePanels {
  readonly el: HTMLElement;
  private readonly tabs = new Map<PanelName, { tab: HTMLButtonElement; panel: HTMLElement }>();
  private shown: PanelName = 'details';

  /** `onShow` runs whenever a panel is shown (the page then lets the side open on narrow screens, and fills the panel). */
  constructor(
    panels: Record<PanelName, HTMLElement>,
    private readonly onShow: (panel: PanelName) => void,
  ) {
    const tabList = h('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Panels' } });
    // only the shown tab is a Tab stop (tabIndex below): the arrows, Home and End move between tabs, as ARIA's tabs pattern has it
    tabList.addEventListener('keydown', (e) => {
      const offered = [...this.tabs.keys()].filter((k) => !this.tabs.get(k)!.tab.hidden);
      const at = offered.indexOf(this.shown);
      const to = e.key === 'ArrowRight' ? offered[(at + 1) % offered.length] : e.key === 'ArrowLeft' ? offered[(at - 1 + offered.length) % offered.length] : e.key === 'Home' ? offered[0] : e.key === 'End' ? offered.at(-1) : undefined;
      if (!to) return;
      e.preventDefault();
      this.show(to);
      this.tabs.get(to)!.tab.focus();
    });
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

  /** Offers or withdraws a tab; withdrawing the one shown shows Details. */
  setAvailable(panel: PanelName, available: boolean): void {
    const t = this.tabs.get(panel)!;
    t.tab.hidden = !available;
    if (!available && this.shown === panel) this.show('details');
  }

  /** Shows a panel and puts the keyboard on its tab (the panel it replaced may have held the focus). */
  showAndFocus(panel: PanelName): void {
    this.show(panel);
    this.tabs.get(panel)!.tab.focus();
  }

  show(panel: PanelName): void {
    if (this.tabs.get(panel)!.tab.hidden) return;
    this.shown = panel;
    for (const [key, t] of this.tabs) {
      const on = key === panel;
      t.tab.setAttribute('aria-selected', String(on));
      t.tab.tabIndex = on ? 0 : -1;
      t.panel.hidden = !on;
    }
    this.el.dataset['panel'] = panel;
    this.onShow(panel);
  }
}
