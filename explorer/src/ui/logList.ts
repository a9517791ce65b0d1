/**
 * A page of curation log entries as a list: when, who, what in a sentence,
 * why, and the ids before and after; "Older entries" below while there are
 * more. Shared by the History tab and the admins' Log.
 */
import { describeEntry, entryTime, type LogView, type NameOf } from '../controller/index.ts';
import { button, h } from './dom.ts';

export function logList(view: LogView, opts: { nameOf: NameOf; more(): void; empty: string }): HTMLElement[] {
  if (view.status === 'loading' && view.entries.length === 0) return [h('p', { class: 'muted', text: 'Loading…' })];
  if (view.status === 'failed' && view.entries.length === 0) return [h('p', { class: 'muted', text: 'The log could not be read (see the message above).' })];
  if (view.entries.length === 0) return [h('p', { class: 'muted', text: opts.empty })];
  const list = h(
    'ol',
    { class: 'log-list', attrs: { reversed: true, 'aria-label': 'Curation log entries, newest first' } },
    ...view.entries.map((e) =>
      h(
        'li',
        { class: 'log-entry', attrs: { 'data-action-kind': e.action, 'data-sequence': e.sequence } },
        h('div', { class: 'log-head' }, h('time', { attrs: { datetime: e.at }, text: entryTime(e.at) }), ' · ', h('strong', { class: 'log-curator', text: e.curator })),
        h('p', { class: 'log-what', text: describeEntry(e, opts.nameOf) }),
        e.reason ? h('p', { class: 'log-reason', text: `Why: ${e.reason}` }) : null,
        h('p', { class: 'log-ids muted small', text: `${e.before.join(', ') || '—'} → ${e.after.join(', ') || '—'}` }),
      ),
    ),
  );
  const out: HTMLElement[] = [h('p', { class: 'muted small', attrs: { 'aria-live': 'polite' }, text: `${view.entries.length} of ${view.totalCount} entr${view.totalCount === 1 ? 'y' : 'ies'}` }), list];
  if (view.hasMore) out.push(button(view.status === 'loading' ? 'Loading…' : 'Older entries', () => opts.more(), { attrs: { 'data-action': 'log-more', disabled: view.status === 'loading' } }));
  return out;
}
