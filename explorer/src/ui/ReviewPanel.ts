/**
 * The Review tab: the pair under review side by side — names, kind,
 * country, the sentences that mention each with their reports, their
 * relationships — with why it was suggested, and Merge / Not the same /
 * Skip / Undo last merge (keys m, n, s, u while the tab is shown). The
 * buttons stay in place across pairs, so the keyboard stays on them.
 */
import type { EntityDetails } from '../api/ExplorerApi.ts';
import { REVIEW_KEYS, type ReviewCommand, type ReviewView } from '../controller/index.ts';
import { mentionSentences, property, relationshipLines } from '../controller/reviewFacts.ts';
import { button, clear, h, safeLink, typeChip } from './dom.ts';

const KEY_OF = Object.fromEntries(Object.entries(REVIEW_KEYS).map(([key, command]) => [command, key])) as Record<ReviewCommand, string>;

export class ReviewPanel {
  readonly el: HTMLElement;
  private readonly head: HTMLElement;
  private readonly note: HTMLElement;
  private readonly pair: HTMLElement;
  private readonly buttons: Record<ReviewCommand, HTMLButtonElement>;

  constructor(run: (command: ReviewCommand) => void) {
    const action = (command: ReviewCommand, label: string, title: string, primary = false) =>
      button(`${label} (${KEY_OF[command]})`, () => run(command), {
        class: primary ? 'btn primary' : 'btn',
        title,
        attrs: { 'data-action': `review-${command}`, 'aria-keyshortcuts': KEY_OF[command], disabled: true },
      });
    this.buttons = {
      merge: action('merge', 'Merge', 'They are one: the right one is merged into the left, which keeps its id', true),
      reject: action('reject', 'Not the same', 'Keep them apart; the pair is not suggested again'),
      skip: action('skip', 'Skip', 'Decide later: it comes round again after the others'),
      undo: action('undo', 'Undo last merge', 'Split the last merged entity back out'),
    };
    this.head = h('div', { class: 'review-head' });
    this.note = h('p', { class: 'review-note', attrs: { role: 'status' } });
    this.pair = h('div', { class: 'review-pair' });
    const bar = h('div', { class: 'actions review-actions', attrs: { role: 'toolbar', 'aria-label': 'Decision' } }, this.buttons.merge, this.buttons.reject, this.buttons.skip, this.buttons.undo);
    this.el = h('section', { class: 'review', attrs: { 'aria-labelledby': 'review-title' } }, h('h2', { class: 'panel-title', attrs: { id: 'review-title' }, text: 'Review merges' }), this.head, bar, this.note, this.pair);
  }

  show(v: ReviewView): void {
    const ready = v.status === 'ready' && !!v.pair && !v.working;
    this.buttons.merge.disabled = !ready;
    this.buttons.reject.disabled = !ready;
    this.buttons.skip.disabled = !ready;
    this.buttons.undo.disabled = !v.lastMerge || v.working;
    this.buttons.undo.title = v.lastMerge ? `Split ${v.lastMerge.merged.name} back out of ${v.lastMerge.kept.name}` : 'Nothing merged yet in this review';
    this.note.textContent = v.working ? 'Saving…' : (v.note ?? '');

    clear(this.head);
    clear(this.pair);
    if (v.status === 'loading') this.head.append(h('p', { class: 'muted', text: 'Loading…' }));
    else if (v.status === 'empty') this.head.append(h('p', { class: 'muted', text: 'No open merge suggestions. Pick two entities on the canvas (“Compare for merge” in their details) to merge them by hand.' }));
    else if (v.status === 'failed') this.head.append(h('p', { class: 'muted', text: 'The suggestions could not be read (see the message above).' }));
    if (v.picked) this.head.append(h('p', { class: 'notice', text: `Picked on the canvas: ${v.picked.name}. Select another and choose “Compare for merge”.` }));
    const p = v.status === 'ready' ? v.pair : null;
    if (!p) return;
    if (p.suggestion) {
      this.head.append(
        h('p', { class: 'review-position', text: `Suggestion ${v.position} of ${v.open}, most certain first` }),
        h(
          'dl',
          { class: 'props review-evidence' },
          h('dt', { text: 'Similarity' }),
          h('dd', { text: p.suggestion.score.toFixed(2) }),
          h('dt', { text: 'Why suggested' }),
          h('dd', { text: p.suggestion.reason }),
          p.suggestion.reports.length ? h('dt', { text: 'Suggested by' }) : null,
          p.suggestion.reports.length ? h('dd', {}, ...p.suggestion.reports.flatMap((r, i) => [i ? '; ' : '', safeLink(r.url, r.title || r.id)])) : null,
        ),
      );
    }
    this.pair.append(this.side(p.a, 'Keeps its id'), this.side(p.b, 'Merged into the left one'));
  }

  private side(d: EntityDetails, role: string): HTMLElement {
    const sentences = mentionSentences(d);
    const rels = relationshipLines(d);
    const facts = h('dl', { class: 'props' });
    for (const label of ['Kind', 'Country', 'Countries', 'Dates', 'Acronym', 'Titles']) {
      const value = property(d, label);
      if (value) facts.append(h('dt', { text: label }), h('dd', { text: value }));
    }
    return h(
      'article',
      { class: 'review-side', attrs: { 'data-id': d.id, 'aria-label': `${d.name} (${role.toLowerCase()})` } },
      h('header', {}, typeChip(d.type), h('h3', { class: 'review-name', text: d.name }), h('code', { class: 'details-id', text: d.id }), h('p', { class: 'muted small', text: role })),
      facts,
      h('h4', { text: 'Names' }),
      d.aliases.length ? h('ul', { class: 'aliases' }, ...d.aliases.map((a) => h('li', { text: a }))) : h('p', { class: 'muted small', text: 'No other names.' }),
      h('h4', { text: `Mentioned in ${d.reports.length} report${d.reports.length === 1 ? '' : 's'}` }),
      h('ul', { class: 'reports' }, ...d.reports.map((r) => h('li', {}, safeLink(r.url, r.title || r.id)))),
      h('h4', { text: 'Sentences' }),
      sentences.length
        ? h('ul', { class: 'sources' }, ...sentences.map((s) => h('li', { class: 'source' }, h('blockquote', { class: 'evidence', text: s.sentence }), h('div', { class: 'source-meta' }, safeLink(s.report.url, s.report.title || s.report.id)))))
        : h('p', { class: 'muted small', text: 'No sentence states a fact about it.' }),
      h('h4', { text: `Relationships (${rels.length})` }),
      rels.length ? h('ul', { class: 'review-rels' }, ...rels.map((r) => h('li', { text: r }))) : h('p', { class: 'muted small', text: 'None.' }),
    );
  }
}
