/**
 * Where the reports disagree about an entity: for each property, every value
 * given and the reports giving it, so a reader can weigh them rather than
 * trust the one value the graph shows.
 */
import type { ConflictView, ReportRef } from '../api/ExplorerApi.ts';
import { h, safeLink } from './dom.ts';

const PROPERTY_LABELS: Readonly<Record<string, string>> = {
  startDate: 'Start date',
  endDate: 'End date',
  kind: 'Kind',
  countryCode: 'Country',
  code: 'Country code',
};

export function propertyLabel(property: string): string {
  return PROPERTY_LABELS[property] ?? property;
}

/** Claims grouped by value, values in the order the API gives them (sorted). */
export function claimsByValue(c: ConflictView): Array<{ value: string; reports: ReportRef[] }> {
  const byValue = new Map<string, ReportRef[]>();
  for (const claim of c.claims) {
    const list = byValue.get(claim.value) ?? [];
    if (!list.some((r) => r.id === claim.report.id)) list.push(claim.report);
    byValue.set(claim.value, list);
  }
  return [...byValue].map(([value, reports]) => ({ value, reports }));
}

/** The "Reports disagree" section; null when they agree on everything. */
export function conflictList(conflicts: readonly ConflictView[]): HTMLElement | null {
  if (conflicts.length === 0) return null;
  const list = h('ul', { class: 'conflict-list' });
  for (const c of conflicts) {
    const values = h('ul', { class: 'claims' });
    for (const { value, reports } of claimsByValue(c)) {
      const shown = value === c.shown;
      const sources = h('span', { class: 'claim-reports' });
      reports.forEach((r, i) => sources.append(i > 0 ? '; ' : '', safeLink(r.url, r.title || r.id)));
      values.append(
        h(
          'li',
          { class: 'claim', attrs: { 'data-value': value } },
          h('span', { class: 'claim-value', text: value }),
          shown ? h('span', { class: 'muted', text: ' (shown)' }) : null,
          h('span', { class: 'muted', text: ' — ' }),
          sources,
        ),
      );
    }
    list.append(h('li', { class: 'conflict', attrs: { 'data-property': c.property } }, h('span', { class: 'conflict-property', text: propertyLabel(c.property) }), values));
  }
  return h(
    'section',
    { class: 'conflicts', attrs: { 'aria-labelledby': 'conflicts-title' } },
    h('h3', { attrs: { id: 'conflicts-title' }, text: 'Reports disagree' }),
    h('p', { class: 'muted small', text: 'Each report’s claim is kept; the graph shows one value.' }),
    list,
  );
}
