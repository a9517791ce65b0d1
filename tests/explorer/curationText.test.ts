/**
 * What the workbench decides without a server or a page: the review keys and
 * the shortcuts help that documents them, who may do what, a log entry as a
 * sentence, and the facts a curator compares.
 */
import { describe, expect, it } from 'vitest';
import type { LogEntryView } from '../../explorer/src/api/CurationApi.ts';
import type { EntityDetails } from '../../explorer/src/api/ExplorerApi.ts';
import { describeEntry, entryTime, keyCommand, may, REVIEW_KEYS, reviewKeyCommand, SHORTCUTS } from '../../explorer/src/controller/index.ts';
import { mentionSentences, relationshipLines } from '../../explorer/src/controller/reviewFacts.ts';

const press = (key: string, more: Partial<{ ctrl: boolean; typing: boolean }> = {}) => ({ key, ctrl: false, shift: false, typing: false, ...more });

describe('review keys', () => {
  it('m merges, n says not the same, s skips and u undoes the last merge', () => {
    expect(['m', 'n', 's', 'u', 'M'].map((k) => reviewKeyCommand(press(k)))).toEqual(['merge', 'reject', 'skip', 'undo', 'merge']);
  });

  it('leave typing and Ctrl combinations alone', () => {
    expect(reviewKeyCommand(press('m', { typing: true }))).toBeNull();
    expect(reviewKeyCommand(press('s', { ctrl: true }))).toBeNull();
    expect(reviewKeyCommand(press('e'))).toBeNull();
  });

  it('take no key the explorer already uses', () => {
    for (const key of Object.keys(REVIEW_KEYS)) expect(keyCommand(press(key))).toBeNull();
  });

  it('are each documented in the shortcuts help, as the Review tab’s', () => {
    for (const key of Object.keys(REVIEW_KEYS)) expect(SHORTCUTS.find((s) => s.keys === key)?.where).toBe('Review tab');
  });
});

describe('what a role may do', () => {
  it('offers review, merges and histories from curator up, the whole log to admins only, and nothing signed out', () => {
    const table = (['review', 'merge', 'history', 'log'] as const).map((what) => [
      what,
      may(null, what),
      may({ name: 'r', role: 'reader' }, what),
      may({ name: 'c', role: 'curator' }, what),
      may({ name: 'a', role: 'admin' }, what),
    ]);
    expect(table).toEqual([
      ['review', false, false, true, true],
      ['merge', false, false, true, true],
      ['history', false, false, true, true],
      ['log', false, false, false, true],
    ]);
  });
});

describe('a log entry as a sentence', () => {
  const entry = (action: string, before: string[], after: string[], detail: string | null = null): LogEntryView => ({ sequence: 1, at: '2026-12-06T17:04:09.123Z', curator: 'carla', action, reason: null, before, after, detail });
  const names: Record<string, string> = { 'org:a': 'Northern Teachers College', 'org:b': "North Teachers' College" };
  const nameOf = (id: string) => names[id] ?? null;

  it('names the entities it knows and shows the ids of the rest', () => {
    expect(describeEntry(entry('MERGE_ENTITIES', ['org:a', 'org:b'], ['org:a']), nameOf)).toBe("Merged North Teachers' College into Northern Teachers College");
    expect(describeEntry(entry('ACCEPT_MERGE_SUGGESTION', ['org:a', 'org:x'], ['org:a']), nameOf)).toBe('Accepted the suggestion to merge org:x into Northern Teachers College');
  });

  it('says which entity a split brought back', () => {
    expect(describeEntry(entry('SPLIT_ENTITY', ['org:a'], ['org:a', 'org:b']), nameOf)).toBe("Split North Teachers' College back out of Northern Teachers College (undid a merge)");
  });

  it('reads decisions, aliases, reports and accounts', () => {
    expect(describeEntry(entry('REJECT_MERGE_SUGGESTION', ['org:a', 'org:b'], ['org:a', 'org:b']), nameOf)).toBe("Decided Northern Teachers College and North Teachers' College are not the same");
    expect(describeEntry(entry('ADD_ALIAS', ['org:a'], ['org:a'], 'NTC'), nameOf)).toBe('Added the name “NTC” to Northern Teachers College');
    expect(describeEntry(entry('CREATE_ACCOUNT', [], ['account:carla'], 'curator'))).toBe('Created the account carla (curator)');
    expect(describeEntry(entry('DISABLE_ACCOUNT', ['account:carla'], ['account:carla']))).toBe('Disabled the account carla');
  });

  it('gives the time in UTC to the minute', () => {
    expect(entryTime('2026-12-06T17:04:09.123Z')).toBe('2026-12-06 17:04 UTC');
  });
});

describe('what a curator compares', () => {
  const report = (id: string) => ({ id, title: id, url: null, publishedAt: null });
  const details: EntityDetails = {
    id: 'org:a',
    type: 'Organization',
    name: 'A',
    countryCodes: null,
    aliases: [],
    properties: [],
    reports: [],
    conflicts: [],
    lat: null,
    lon: null,
    startDate: null,
    endDate: null,
    relationships: [
      { type: 'HOSTED', direction: 'out', other: { id: 'event:s', type: 'Event', name: 'Seminar' }, roles: [], sources: [{ report: report('r1'), evidence: 'A hosted the seminar.' }, { report: report('r2'), evidence: null }] },
      { type: 'AFFILIATED_WITH', direction: 'in', other: { id: 'person:p', type: 'Person', name: 'Aigerim' }, roles: [], sources: [{ report: report('r1'), evidence: 'A hosted the seminar.' }, { report: report('r1'), evidence: 'Aigerim of A spoke.' }] },
    ],
  };

  it('lists each sentence that names the entity once, with its report', () => {
    expect(mentionSentences(details).map((s) => [s.sentence, s.report.id])).toEqual([
      ['A hosted the seminar.', 'r1'],
      ['Aigerim of A spoke.', 'r1'],
    ]);
    expect(mentionSentences(details, 1)).toHaveLength(1);
  });

  it('puts each relationship in one line, sorted so two lists line up', () => {
    expect(relationshipLines(details)).toEqual(['Aigerim → affiliated with', 'hosted → Seminar']);
  });
});
