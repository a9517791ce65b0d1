/**
 * The details of one entity: what it is, every name it is known by, its
 * properties, and its relationships grouped by type — each with the reports
 * that state it and the sentence, which opens highlighted in the report's text.
 */
import type { EntityDetails, EntityRef, ExportFileFormat, RelationshipView, ReportRef, SourceView } from '../api/ExplorerApi.ts';
import { FILE_FORMATS } from '../graph/exportView.ts';
import { relationLabel } from '../model.ts';
import { conflictList } from './conflictList.ts';
import { button, clear, h, highlightedExcerpt, safeLink, typeChip } from './dom.ts';

export interface DetailsActions {
  expand(id: string): void;
  hide(id: string): void;
  togglePin(id: string): void;
  collapse(id: string): void;
  traceFrom(ref: EntityRef): void;
  partners(ref: EntityRef): void;
  /** saves the entity's neighbourhood as a file for Gephi, Cytoscape… */
  exportNeighborhood(ref: EntityRef, format: ExportFileFormat): void;
  /** puts an entity on the canvas and selects it */
  open(ref: EntityRef): void;
  reportText(id: string): Promise<string | null>;
  isPinned(id: string): boolean;
  isOnCanvas(id: string): boolean;
  /** the signed-in role may merge: offer "Compare for merge" */
  canMerge(): boolean;
  /** picks the entity for a merge; a second pick compares the two in the Review tab */
  pickForMerge(ref: EntityRef): void;
  /** the signed-in role may remove reports: offer "Remove…" beside each */
  canRemoveReports(): boolean;
  /** asks what removing the report would take, shown in `removalBox` to confirm */
  askRemoveReport(report: ReportRef): void;
  /** where the removal's confirmation is shown, under the reports */
  removalBox: HTMLElement;
}

export class DetailsPanel {
  readonly el: HTMLElement;
  private readonly body: HTMLElement;
  /** what is shown, to show again when the signed-in role changes the actions offered */
  private shown: EntityDetails | null = null;

  constructor(private readonly actions: DetailsActions) {
    this.body = h('div', { class: 'panel-body' });
    this.el = h('section', { class: 'details', attrs: { 'aria-label': 'Details' } }, this.body);
    this.empty();
  }

  empty(message = 'Select an entity on the canvas, or search for one, to read about it here.'): void {
    this.shown = null;
    clear(this.body);
    this.body.appendChild(h('p', { class: 'muted', text: message }));
    // a report removed with the entity shown: what it took stays in view
    if (this.actions.canRemoveReports()) this.body.append(this.actions.removalBox);
  }

  loading(name: string): void {
    this.shown = null;
    clear(this.body);
    this.body.appendChild(h('p', { class: 'muted', text: `Loading ${name}…` }));
  }

  /** Shows the same entity again (the actions offered depend on who is signed in). */
  refresh(): void {
    if (this.shown) this.show(this.shown);
  }

  show(d: EntityDetails): void {
    this.shown = d;
    clear(this.body);
    const a = this.actions;
    const ref: EntityRef = { id: d.id, type: d.type, name: d.name, countryCode: d.countryCode };
    const actions = h(
      'div',
      { class: 'actions', attrs: { role: 'toolbar', 'aria-label': 'Entity actions' } },
      button('Expand', () => a.expand(d.id), { title: 'Add its neighbours to the canvas (or double-click the node)', attrs: { 'data-action': 'expand' } }),
      button('Collapse', () => a.collapse(d.id), { title: 'Remove neighbours that hang only on it', attrs: { 'data-action': 'collapse' } }),
      button(a.isPinned(d.id) ? 'Unpin' : 'Pin', () => a.togglePin(d.id), { title: 'Keep it where it is when layouts run', attrs: { 'data-action': 'pin' } }),
      button('Hide', () => a.hide(d.id), { title: 'Take it off the canvas (undo brings it back)', attrs: { 'data-action': 'hide' } }),
      button('Trace path…', () => a.traceFrom(ref), { title: 'Shortest collaboration path from here to another entity', attrs: { 'data-action': 'trace' } }),
      d.type === 'Organization' ? button('Find partners', () => a.partners(ref), { title: 'Ranked partner suggestions with reasons', attrs: { 'data-action': 'partners' } }) : null,
      a.canMerge() && d.type !== 'Report'
        ? button('Compare for merge', () => a.pickForMerge(ref), { title: 'Pick it, then another of its type: the two open side by side in Review, to merge', attrs: { 'data-action': 'pick-merge' } })
        : null,
      h(
        'details',
        { class: 'menu' },
        h('summary', { class: 'btn', attrs: { 'data-action': 'export-neighborhood-menu', title: 'Its neighbourhood as a file for Gephi, Cytoscape or any GraphML tool' }, text: 'Export neighbourhood' }),
        h(
          'div',
          { class: 'menu-items' },
          ...FILE_FORMATS.map((f) => button(f.label, (ev) => {
            (ev.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
            a.exportNeighborhood(ref, f.format);
          }, { attrs: { 'data-action': `export-neighborhood-${f.action}` } })),
        ),
      ),
    );
    this.body.append(
      h('header', { class: 'details-head' }, typeChip(d.type), h('h2', { class: 'details-name', attrs: { id: 'details-name' }, text: d.name }), h('code', { class: 'details-id', text: d.id })),
      actions,
    );
    if (d.aliases.length) {
      this.body.append(
        h('h3', { text: 'Also known as' }),
        h('ul', { class: 'aliases', attrs: { 'aria-label': 'Names and spellings' } }, ...d.aliases.map((n) => h('li', { text: n }))),
      );
    }
    if (d.properties.length) {
      const dl = h('dl', { class: 'props' });
      for (const [k, v] of d.properties) dl.append(h('dt', { text: k }), h('dd', { text: v }));
      this.body.append(h('h3', { text: 'Properties' }), dl);
    }
    const conflicts = conflictList(d.conflicts);
    if (conflicts) this.body.append(conflicts);
    this.body.append(this.relationships(d));
    if (d.reports.length) {
      this.body.append(
        h('h3', { text: `Mentioned in ${d.reports.length} report${d.reports.length === 1 ? '' : 's'}` }),
        h('ul', { class: 'reports' }, ...d.reports.map((r) => this.report(r))),
      );
    }
    if (a.canRemoveReports()) this.body.append(a.removalBox);
  }

  private report(r: ReportRef): HTMLElement {
    const title = r.title || r.id;
    return h(
      'li',
      { attrs: { 'data-report': r.id } },
      safeLink(r.url, title),
      r.publishedAt ? h('span', { class: 'muted', text: ` · ${r.publishedAt}` }) : null,
      this.actions.canRemoveReports() ? ' · ' : null,
      this.actions.canRemoveReports()
        ? button('Remove…', () => this.actions.askRemoveReport(r), { class: 'link-btn small', title: 'Remove this report and what only it said: the list comes first', attrs: { 'data-action': 'remove-report', 'aria-label': `Remove report ${title}…` } })
        : null,
    );
  }

  private relationships(d: EntityDetails): HTMLElement {
    const wrap = h('div', { class: 'relationships' });
    if (d.relationships.length === 0) {
      wrap.append(h('h3', { text: 'Relationships' }), h('p', { class: 'muted', text: 'No relationships recorded.' }));
      return wrap;
    }
    const groups = new Map<string, RelationshipView[]>();
    for (const r of d.relationships) {
      const key = `${r.type}|${r.direction}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(r);
    }
    wrap.append(h('h3', { text: `Relationships (${d.relationships.length})` }));
    for (const [key, rels] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
      const [type, dir] = key.split('|') as [string, 'in' | 'out'];
      const title = dir === 'out' ? relationLabel(type) : `${relationLabel(type)} (by)`;
      const list = h('ul', { class: 'rel-list' });
      for (const r of rels) list.append(this.relationship(r));
      wrap.append(
        h('details', { class: 'rel-group', attrs: { open: true, 'data-rel-type': type } }, h('summary', {}, h('span', { text: title }), h('span', { class: 'count', text: String(rels.length) })), list),
      );
    }
    return wrap;
  }

  private relationship(r: RelationshipView): HTMLElement {
    const other = button(r.other.name, () => this.actions.open(r.other), {
      class: 'link-btn',
      title: this.actions.isOnCanvas(r.other.id) ? 'Select on the canvas' : 'Put on the canvas',
    });
    const li = h('li', { class: 'rel' }, h('div', { class: 'rel-head' }, typeChip(r.other.type), other, r.roles.length ? h('span', { class: 'muted', text: ` — ${r.roles.join(', ')}` }) : null));
    if (r.sources.length) li.append(h('ul', { class: 'sources' }, ...r.sources.map((s) => this.source(s))));
    return li;
  }

  private source(s: SourceView): HTMLElement {
    const li = h('li', { class: 'source' });
    if (s.evidence) li.append(h('blockquote', { class: 'evidence', text: s.evidence }));
    const where = h('div', { class: 'source-meta' }, h('span', { class: 'muted', text: 'Source: ' }), safeLink(s.report.url, s.report.title || s.report.id));
    li.append(where);
    if (s.evidence) {
      const excerptBox = h('div', { class: 'excerpt-box', attrs: { hidden: true } });
      const toggle = button(
        'Show in report',
        () => {
          const open = excerptBox.hidden;
          excerptBox.hidden = !open;
          toggle.textContent = open ? 'Hide report text' : 'Show in report';
          toggle.setAttribute('aria-expanded', String(open));
          if (open && !excerptBox.firstChild) void this.fillExcerpt(excerptBox, s);
        },
        { class: 'link-btn small', attrs: { 'aria-expanded': 'false' } },
      );
      where.append(' · ', toggle);
      li.append(excerptBox);
    }
    return li;
  }

  private async fillExcerpt(box: HTMLElement, s: SourceView): Promise<void> {
    box.textContent = 'Loading the report…';
    try {
      const text = await this.actions.reportText(s.report.id);
      clear(box);
      const excerpt = text && s.evidence ? highlightedExcerpt(text, s.evidence) : null;
      box.append(excerpt ?? h('p', { class: 'muted', text: text ? 'The sentence was not found verbatim in the stored report text.' : 'The report text is not available.' }));
    } catch (err) {
      box.textContent = `Could not load the report: ${(err as Error).message}`;
    }
  }
}
