/**
 * The confirmation before a report is removed (admins): what goes with it —
 * the entities and relationships no other report supports — and what stays,
 * then Remove or Cancel. Shown under the reports of the details panel.
 */
import type { RemoveReportView } from '../controller/index.ts';
import { relationLabel } from '../model.ts';
import { append, button, clear, h, typeChip } from './dom.ts';

export interface RemovalActions {
  confirm(): void;
  cancel(): void;
}

export class RemovalConfirm {
  readonly el = h('section', { class: 'removal', attrs: { 'aria-live': 'polite' } });

  constructor(private readonly actions: RemovalActions) {}

  show(v: RemoveReportView): void {
    clear(this.el);
    this.el.hidden = v.status === 'idle' && !v.note;
    if (v.status === 'reading') this.el.append(h('p', { class: 'muted', text: `Reading what removing “${v.report?.title}” would take…` }));
    if (v.note) this.el.append(h('p', { class: 'removal-note', attrs: { role: 'status' }, text: v.note }));
    const r = v.removal;
    if (!r || (v.status !== 'confirming' && v.status !== 'removing')) return;
    const more = (shown: number, total: number) => (total > shown ? h('li', { class: 'muted', text: `and ${total - shown} more` }) : null);
    append(
      this.el,
      h('h4', { attrs: { id: 'removal-title', tabindex: -1 }, text: `Remove “${r.title}”?` }),
      h('p', { text: `These go with it: ${r.entityCount} entit${r.entityCount === 1 ? 'y' : 'ies'} and ${r.relationshipCount} relationship${r.relationshipCount === 1 ? '' : 's'} no other report supports. ${r.keptEntityCount} other entit${r.keptEntityCount === 1 ? 'y stays' : 'ies stay'}, without what this report said of them.` }),
      r.entities.length ? h('ul', { class: 'removal-entities', attrs: { 'aria-label': 'Entities that go' } }, ...r.entities.map((e) => h('li', { attrs: { 'data-id': e.id } }, typeChip(e.type), ' ', h('span', { class: 'removal-name', text: e.name }))), more(r.entities.length, r.entityCount)) : null,
      r.relationships.length
        ? h('ul', { class: 'removal-relationships', attrs: { 'aria-label': 'Relationships that go' } }, ...r.relationships.map((x) => h('li', { text: `${x.from.name} ${relationLabel(x.type).toLowerCase()} ${x.to.name}` })), more(r.relationships.length, r.relationshipCount))
        : null,
      h(
        'div',
        { class: 'actions' },
        button('Remove report', () => this.actions.confirm(), { class: 'btn danger', attrs: { 'data-action': 'confirm-remove-report', disabled: v.status === 'removing' } }),
        button('Cancel', () => this.actions.cancel(), { attrs: { 'data-action': 'cancel-remove-report' } }),
      ),
    );
  }

  /** The keyboard to the question, once it is shown. */
  focus(): void {
    this.el.querySelector<HTMLElement>('[data-action=confirm-remove-report]')?.focus();
  }
}
