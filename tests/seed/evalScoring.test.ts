import { describe, expect, it } from 'vitest';
import type { Entity, Relation } from '../../seed/extraction.ts';
import { belowFloors, figuresOf } from '../../seed/eval/figures.ts';
import { parseReport } from '../../seed/read/parseReport.ts';
import { DevGoldSchema, fromDevGold, fromSeedGold } from '../../seed/eval/goldDocument.ts';
import { scoreIdentity, type MentionedNode } from '../../seed/eval/identityScore.ts';
import { nameSimilarity } from '../../seed/eval/nameSimilarity.ts';
import { prf } from '../../seed/eval/prf.ts';
import { partOf } from '../../seed/eval/reportParts.ts';
import { scoreReport } from '../../seed/eval/scoreReport.ts';
import { summarize, worstMisses, type ScoredReport } from '../../seed/eval/summarize.ts';
import { country, event, extraction, org, person, rel } from '../support/extractions.ts';

const city = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'City', name, aliases, mentions: [] });
const topic = (id: string, name: string): Entity => ({ id, type: 'Topic', name, aliases: [], mentions: [] });
const practice = (id: string, name: string): Entity => ({ id, type: 'Practice', name, aliases: [], mentions: [] });
const predicted = (entities: Entity[], relations: Relation[] = []) => extraction({ text: 'x', title: 'x', entities, relations });

const forum = { name: 'Spring Forum on Reading', startDate: '2031-04-02', endDate: '2031-04-03', cities: [], countries: [] };
const college = { name: 'Northfield Teachers College', aliases: ['NTC'], country: null };

describe('matching names', () => {
  it('compares names without case, quotes or punctuation', () => {
    expect(nameSimilarity(['«Northfield» Teachers College.'], ['northfield teachers college'])).toBe(1);
  });

  it('accepts any alias of a gold organization', () => {
    const s = scoreReport(fromDevGold({ organizations: [college] }), predicted([org('org:x', 'NTC')]));
    expect(s.entities.Organization).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('accepts the English name given to a Russian gold entity', () => {
    const gold = fromDevGold({ people: [{ name: 'Мара Квинт', nameEn: 'Mara Quint', roles: [] }] });
    expect(scoreReport(gold, predicted([person('person:x', 'Mara Quint')])).entities.Person.tp).toBe(1);
  });

  it('matches countries by their code, never by name', () => {
    const gold = fromDevGold({ countries: ['NO'] });
    const s = scoreReport(gold, predicted([country('SE', 'NO')]));
    expect(s.entities.Country).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('accepts a practice extracted in fewer words when they are the gold description\'s', () => {
    const gold = fromDevGold({ practices: ['paired reading sessions with older pupils every week'] });
    expect(scoreReport(gold, predicted([practice('practice:p', 'paired reading sessions')])).entities.Practice.tp).toBe(1);
    expect(scoreReport(gold, predicted([practice('practice:p', 'reading')])).entities.Practice.tp).toBe(0);
  });

  it('does not take a different person with a shared surname for the gold one', () => {
    const gold = fromDevGold({ people: [{ name: 'Mara Quint', roles: [] }] });
    expect(scoreReport(gold, predicted([person('person:x', 'Tobias Quint')])).entities.Person.tp).toBe(0);
  });
});

describe('aligning entities one to one', () => {
  it('counts a second extracted copy of one organization as wrong', () => {
    const s = scoreReport(fromDevGold({ organizations: [college] }), predicted([org('org:a', 'Northfield Teachers College'), org('org:b', 'NTC')]));
    expect(s.entities.Organization).toMatchObject({ tp: 1, fp: 1, fn: 0, spurious: ['NTC'] });
  });

  it('gives each extracted entity to the gold entity it resembles most', () => {
    const gold = fromDevGold({ organizations: [{ name: 'Lakeside Academy of Arts' }, { name: 'Lakeside Academy of Music' }] });
    const s = scoreReport(gold, predicted([org('org:m', 'Lakeside Academy of Music'), org('org:a', 'Lakeside Academy of Arts')]));
    expect(s.entities.Organization).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('aligns entities before scoring relations, so a relation to the surplus copy is wrong', () => {
    const gold = fromDevGold({ organizations: [college], events: [forum], relations: [{ type: 'organized', from: 'NTC', to: forum.name }] });
    const pred = predicted(
      [org('org:a', 'Northfield Teachers College'), org('org:b', 'NTC'), event('event:f', forum.name, null, null)],
      [rel('ORGANIZED', 'org:b', 'event:f', 'e')],
    );
    expect(scoreReport(gold, pred).relations['took part']).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('scoring relations', () => {
  const gold = fromDevGold({
    organizations: [college],
    events: [forum],
    cities: [{ name: 'Port Avel', country: 'NO' }],
    countries: ['NO'],
    topics: ['reading aloud'],
    practices: ['paired reading'],
    relations: [
      { type: 'organized', from: college.name, to: forum.name },
      { type: 'located_in', from: forum.name, to: 'Port Avel' },
      { type: 'located_in', from: 'Port Avel', to: 'NO' },
      { type: 'located_in', from: college.name, to: 'NO' },
      { type: 'addresses_topic', from: forum.name, to: 'reading aloud' },
      { type: 'addresses_topic', from: 'paired reading', to: 'reading aloud' },
    ],
  });
  const entities = [org('org:c', 'NTC'), event('event:f', 'the Spring Forum on Reading', null, null), city('city:p', 'Port Avel'), country('NO', 'Norway'), topic('topic:r', 'Reading aloud'), practice('practice:p', 'Paired reading')];

  it('counts a relation as found when its family and both aligned ends agree, whatever the role', () => {
    const s = scoreReport(gold, predicted(entities, [rel('PARTNERED', 'org:c', 'event:f', 'e')]));
    expect(s.relations['took part']).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a relation twice stated by the extraction once', () => {
    const s = scoreReport(gold, predicted(entities, [rel('ORGANIZED', 'org:c', 'event:f', 'a'), rel('HOSTED', 'org:c', 'event:f', 'b')]));
    expect(s.relations['took part']).toMatchObject({ tp: 1, fp: 0 });
  });

  it("leaves a city's and an organization's country out of the located family, on both sides", () => {
    const s = scoreReport(gold, predicted(entities, [rel('HELD_IN', 'event:f', 'city:p', 'e'), rel('IN_COUNTRY', 'city:p', 'country:NO', 'e'), rel('BASED_IN', 'org:c', 'country:NO', 'e')]));
    expect(s.relations.located).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("scores an event's topic as covered but not a practice's topic", () => {
    const s = scoreReport(gold, predicted(entities, [rel('COVERED', 'event:f', 'topic:r', 'e'), rel('ADDRESSES', 'practice:p', 'topic:r', 'e')]));
    expect(s.relations.covered).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('names the ends of missed and wrong relations', () => {
    const s = scoreReport(gold, predicted(entities, [rel('SPOKE_AT', 'org:c', 'event:f', 'e')]));
    expect(s.relations['took part'].missed).toEqual([{ from: college.name, to: forum.name }]);
    expect(s.relations['spoke at'].spurious).toEqual([{ from: 'NTC', to: 'the Spring Forum on Reading' }]);
  });
});

describe('scoring event dates', () => {
  const gold = fromDevGold({ events: [forum, { name: 'Autumn Seminar on Phonics', startDate: '2031-10-05', endDate: null }, { name: 'Winter Talks', startDate: null, endDate: null }] });

  it('counts only gold events with a day-precise start', () => {
    expect(scoreReport(gold, predicted([])).dates).toEqual({ total: 2, right: 0 });
  });

  it('finds the dates right only when start and end both agree, a one-day event needing no end', () => {
    const right = predicted([event('event:f', forum.name, '2031-04-02', '2031-04-03'), event('event:s', 'Autumn Seminar on Phonics', '2031-10-05', null)]);
    const wrongEnd = predicted([event('event:f', forum.name, '2031-04-02', '2031-04-02'), event('event:s', 'Autumn Seminar on Phonics', '2031-10-05', '2031-10-05')]);
    expect(scoreReport(gold, right).dates.right).toBe(2);
    expect(scoreReport(gold, wrongEnd).dates.right).toBe(1);
  });
});

describe('the seed gold format', () => {
  it('matches countries by their id and relations by their keys', () => {
    const gold = fromSeedGold({
      report: 'r.txt',
      entities: [
        { key: 'c', type: 'Organization', names: ['Northfield Teachers College'] },
        { key: 'no', type: 'Country', id: 'country:NO', names: ['Norway'] },
        { key: 'f', type: 'Event', names: [forum.name] },
      ],
      relations: [{ type: 'PARTICIPATED_IN', from: 'no', to: 'f' }],
    });
    const pred = predicted([country('NO', 'Kingdom of Norway'), event('event:f', forum.name, null, null)], [rel('PARTICIPATED_IN', 'country:NO', 'event:f', 'e')]);
    const s = scoreReport(gold, pred);
    expect(s.entities.Country.tp).toBe(1);
    expect(s.relations['took part'].tp).toBe(1);
  });

  it('refuses a relation that names an unknown key, naming it', () => {
    expect(() => fromSeedGold({ report: 'r.txt', entities: [], relations: [{ type: 'PART_OF', from: 'a', to: 'b' }] })).toThrow(/unknown key \(a\)/);
  });
});

describe('summing scores', () => {
  const reportOf = (name: string, language: 'en' | 'ru', entities: Entity[]): ScoredReport => ({
    name,
    language,
    score: scoreReport(fromDevGold({ organizations: [college] }), predicted(entities)),
  });
  const reports = [reportOf('a1', 'en', [org('org:c', 'NTC')]), reportOf('a2', 'ru', [org('org:z', 'Harbour Institute')]), reportOf('a3', 'ru', [])];

  it('micro-averages counts over reports and splits them by language', () => {
    const s = summarize(reports);
    expect(s.entities.Organization).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(s.byLanguage.en?.entities.f1).toBe(1);
    expect(s.byLanguage.ru).toMatchObject({ reports: 2, entities: { tp: 0, fp: 1, fn: 2 } });
  });

  it('gives zero precision when nothing was extracted, so an empty extractor never looks perfect', () => {
    expect(prf(0, 0, 3)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('lists the most often missed names first', () => {
    expect(worstMisses(reports).entities.Organization?.missed).toEqual([{ name: college.name, count: 2 }]);
  });

  it('puts a* and b* reports in the development part and c* in the held-out part', () => {
    expect([partOf('a07-x'), partOf('b10-y'), partOf('c01-z'), partOf('report')]).toEqual(['development', 'development', 'held-out', 'other']);
  });

  it('reports every figure under its floor, and a floor whose figure was not computed', () => {
    const figures = figuresOf(summarize(reports));
    expect(belowFloors(figures, { 'entities: Organization': 0.2, 'entities: Person': 0.9, 'event dates': 0.5 }).map((b) => b.figure)).toEqual(['entities: Person', 'event dates']);
  });
});

describe('identity across reports', () => {
  const goldOf = (orgs: string[]) => DevGoldSchema.parse({ organizations: orgs.map((name) => ({ name })) });
  const golds = new Map([
    ['r1', goldOf(['Northfield Teachers College', 'Harbour Institute'])],
    ['r2', goldOf(['Northfield Teachers College', 'Harbour Institute of Design'])],
    ['r3', goldOf(['Harbour Institute'])],
  ]);
  const identities = {
    organizations: [
      { id: 'ntc', mentions: [{ report: 'r1', name: 'Northfield Teachers College' }, { report: 'r2', name: 'Northfield Teachers College' }] },
      { id: 'hi', mentions: [{ report: 'r1', name: 'Harbour Institute' }, { report: 'r3', name: 'Harbour Institute' }] },
    ],
    people: [],
    cities: [],
  };
  const node = (nodeId: string, ...names: string[]): MentionedNode => ({ nodeId, type: 'Organization', names });

  it('counts an entity named by two reports as unified when both mentions are one node', () => {
    const mentions = new Map([
      ['r1', [node('org:ntc', 'Northfield Teachers College'), node('org:hi', 'Harbour Institute')]],
      ['r2', [node('org:ntc', 'Northfield Teachers College'), node('org:hid', 'Harbour Institute of Design')]],
      ['r3', [node('org:hi2', 'Harbour Institute')]],
    ]);
    const s = scoreIdentity(golds, identities, mentions);
    expect(s).toMatchObject({ groups: 2, unified: 1, wrongMerges: [] });
    expect(s.split).toEqual([{ identity: 'hi', nodes: ['org:hi', 'org:hi2'] }]);
  });

  it('counts a node that holds two different real entities as a wrong merge', () => {
    const mentions = new Map([
      ['r1', [node('org:ntc', 'Northfield Teachers College'), node('org:hi', 'Harbour Institute')]],
      ['r2', [node('org:ntc', 'Northfield Teachers College'), node('org:hi', 'Harbour Institute', 'Harbour Institute of Design')]],
      ['r3', [node('org:hi', 'Harbour Institute')]],
    ]);
    const s = scoreIdentity(golds, identities, mentions);
    expect(s.unified).toBe(2);
    expect(s.wrongMerges.map((w) => ({ node: w.node, holds: [...w.holds].sort() }))).toEqual([
      { node: 'org:hi', holds: ['group:hi', 'single:r2|Organization|Harbour Institute of Design'] },
    ]);
  });

  it('leaves out an entity found in fewer than two reports, and names reports missing from the graph', () => {
    const mentions = new Map([['r1', [node('org:ntc', 'Northfield Teachers College'), node('org:hi', 'Harbour Institute')]]]);
    expect(scoreIdentity(golds, identities, mentions)).toMatchObject({ groups: 0, unified: 0, missingReports: ['r2', 'r3'] });
  });
});

describe('reading a dev-set report', () => {
  it('takes its header as metadata, so the headline is its title and the declared language is kept', () => {
    const parsed = parseReport('source: a test\nlanguage: ru\n\nReading forum opens\n\nThe forum opened.\n', { fileName: 'x.txt' });
    expect(parsed.meta).toMatchObject({ title: 'Reading forum opens', language: 'ru' });
    expect(parsed.text).not.toContain('source:');
  });
});
