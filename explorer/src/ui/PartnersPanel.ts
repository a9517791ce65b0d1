/**
 * Ranked partner suggestions for an organization, with the reasons grouped
 * (the shared topics in one line, each event once with its roles, strongest
 * first) and the rest behind "more"; one click puts one on the canvas.
 */
import type { EntityRef, PartnerView } from '../api/ExplorerApi.ts';
import { button, clear, h } from './dom.ts';

export const partnersPanelDefaults = {
  reasonsShown: 3, // grouped reasons shown at once; the rest open with "N more"
  topicsNamed: 5, // topics the API names in the first line (graph/queries/partnerReasons.ts TOPICS_NAMED); beyond, "more" lists them all
};

export class PartnersPanel {
  readonly el: HTMLElement;
  private readonly body: HTMLElement;

  constructor(private readonly onShow: (org: EntityRef, forOrg: EntityRef) => void) {
    this.body = h('div', { class: 'panel-body' });
    this.el = h('section', { class: 'partners', attrs: { 'aria-label': 'Partner suggestions' } }, this.body);
    this.message('Select an organization and choose “Find partners”.');
  }

  message(text: string): void {
    clear(this.body);
    this.body.append(h('p', { class: 'muted', text }));
  }

  show(forOrg: EntityRef, list: PartnerView[]): void {
    clear(this.body);
    this.body.append(h('h2', { class: 'panel-title', text: `Possible partners for ${forOrg.name}` }));
    if (list.length === 0) {
      this.body.append(h('p', { class: 'muted', text: 'No suggestions: nothing in the graph is close enough yet.' }));
      return;
    }
    const max = Math.max(...list.map((p) => p.score), 1e-9);
    const ol = h('ol', { class: 'partner-list' });
    for (const p of list) {
      const bar = h('span', { class: 'score-bar' });
      bar.style.setProperty('--w', `${Math.round((p.score / max) * 100)}%`);
      ol.append(
        h(
          'li',
          { class: 'partner', attrs: { 'data-id': p.organization.id } },
          h(
            'div',
            { class: 'partner-head' },
            h('strong', { text: p.organization.name }),
            p.organization.countryCode ? h('span', { class: 'muted', text: ` · ${p.organization.countryCode}` }) : null,
          ),
          h('div', { class: 'score', attrs: { title: `score ${p.score.toFixed(2)}` } }, bar, h('span', { class: 'score-num', text: p.score.toFixed(2) })),
          ...reasonList(p.summary.length ? p.summary : p.reasons, p.topics),
          button('Show on canvas', () => this.onShow(p.organization, forOrg), { class: 'btn small', attrs: { 'data-action': 'show-partner' } }),
        ),
      );
    }
    this.body.append(ol);
  }
}

/** The strongest reasons, then the rest behind a "N more" disclosure (a native <details>: keyboard and screen readers for free). */
function reasonList(lines: readonly string[], topics: readonly string[]): HTMLElement[] {
  const shown = lines.slice(0, partnersPanelDefaults.reasonsShown);
  const rest = lines.slice(partnersPanelDefaults.reasonsShown);
  if (topics.length > partnersPanelDefaults.topicsNamed) rest.push(`all ${topics.length} topics: ${topics.join(', ')}`);
  const out: HTMLElement[] = [h('ul', { class: 'reasons' }, ...shown.map((r) => h('li', { text: r })))];
  if (rest.length) {
    out.push(
      h(
        'details',
        { class: 'more-reasons' },
        h('summary', { attrs: { 'data-action': 'more-reasons' }, text: `${rest.length} more` }),
        h('ul', { class: 'reasons' }, ...rest.map((r) => h('li', { text: r }))),
      ),
    );
  }
  return out;
}
