/**
 * One curation log entry as a sentence a curator reads ("Merged B into A"),
 * naming entities the explorer knows by name and the rest by id.
 */
import type { LogEntryView } from '../api/CurationApi.ts';

/** The name of an id when the explorer knows it; null otherwise. */
export type NameOf = (id: string) => string | null;

export function describeEntry(e: LogEntryView, nameOf: NameOf = () => null): string {
  const name = (id: string | undefined) => (id ? (nameOf(id) ?? id) : '?');
  const [first, second] = e.before;
  switch (e.action) {
    case 'MERGE_ENTITIES':
      return `Merged ${name(second)} into ${name(first)}`;
    case 'ACCEPT_MERGE_SUGGESTION':
      return `Accepted the suggestion to merge ${name(second)} into ${name(first)}`;
    case 'REJECT_MERGE_SUGGESTION':
      return `Decided ${name(first)} and ${name(second)} are not the same`;
    case 'SPLIT_ENTITY': {
      const restored = e.after.find((id) => !e.before.includes(id));
      return `Split ${name(restored)} back out of ${name(first)} (undid a merge)`;
    }
    case 'ADD_ALIAS':
      return `Added the name “${e.detail ?? ''}” to ${name(first ?? e.after[0])}`;
    case 'INGEST_REPORT':
      return `Loaded the report ${name(e.after[0])}`;
    case 'REMOVE_REPORT':
      return `Removed the report ${name(first)}`;
    case 'CREATE_ACCOUNT':
      return `Created the account ${accountName(e.after[0])}${e.detail ? ` (${e.detail})` : ''}`;
    case 'DISABLE_ACCOUNT':
      return `Disabled the account ${accountName(first ?? e.after[0])}`;
    default:
      return `${e.action}: ${e.before.join(', ')} → ${e.after.join(', ')}`;
  }
}

const accountName = (id: string | undefined) => (id ?? '?').replace(/^account:/, '');

/** "2026-12-06 17:04" in UTC: the log's clock, the same for every reader. */
export function entryTime(at: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(at);
  return m ? `${m[1]} ${m[2]} UTC` : at;
}
