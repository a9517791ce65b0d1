/**
 * A rendered report → the Extraction a perfect extractor would produce, with
 * ids from the world (not from text). The `large` loader benchmark uses these
 * to skip the extractor (100k texts through it would measure extraction, not
 * loading); everything else goes through the real text path.
 */
import { createHash } from 'node:crypto';
import type { Entity, Extraction, Relation } from '../../seed/index.ts';
import type { RenderedReport } from './renderReport.ts';
import { PRACTICES, TOPIC_IDS, TOPIC_PHRASES } from './vocabulary.ts';
import type { World } from './world.ts';

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The graph id of an entity key of renderReport (`org:12` → `org:kostanay-regional-university`). */
export function idOfKey(world: World, key: string): string {
  const [kind, rest = ''] = splitKey(key);
  switch (kind) {
    case 'org':
      return `org:${slug(world.orgs[Number(rest)]!.en)}`;
    case 'person': {
      const p = world.people[Number(rest)]!;
      return `person:${slug(`${p.first.en[0]} ${p.female ? p.surname[1] : p.surname[0]}`)}`;
    }
    case 'country':
      return `country:${rest}`;
    case 'city': {
      const [cc, name = ''] = splitKey(rest);
      return `city:${cc.toLowerCase()}-${slug(name)}`;
    }
    case 'event': {
      const ev = world.event(Number(rest));
      return `event:${ev.start.slice(0, 4)}-${ev.country.code.toLowerCase()}-${slug(ev.kind.key)}-${rest}`;
    }
    case 'topic':
      return TOPIC_IDS[Number(rest)]!;
    case 'practice': {
      const ev = world.event(Number(rest));
      return `practice:${slug(ev.practice!.name[0])}-${slug(world.orgs[ev.practice!.org]!.en)}`;
    }
    default:
      throw new RangeError(`unknown entity key ${key}`);
  }
}

function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}

export function reportIdOf(text: string): string {
  return `report:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

export function toExtraction(world: World, r: RenderedReport, meta: { url: string; publishedAt: string }): Extraction {
  const ids = new Map<string, string>();
  const id = (key: string): string => {
    let v = ids.get(key);
    if (!v) ids.set(key, (v = idOfKey(world, key)));
    return v;
  };
  const entities: Entity[] = [];
  for (const [key, written] of r.names) {
    const names = [...written];
    const mentions = names.flatMap((n) => {
      const start = r.text.indexOf(n);
      return start >= 0 ? [{ start, end: start + n.length, text: n }] : [];
    });
    const base = { id: id(key), name: names[0]!, aliases: names.slice(1), mentions };
    const [kind, rest = ''] = splitKey(key);
    if (kind === 'org') {
      const o = world.orgs[Number(rest)]!;
      entities.push({ ...base, type: 'Organization', kind: o.kind, acronym: o.acronym, countryCode: o.country.code, aliases: unique([...base.aliases, o.en]) });
    } else if (kind === 'person') entities.push({ ...base, type: 'Person', titles: [] });
    else if (kind === 'country') {
      const c = world.countryOf(rest);
      entities.push({ ...base, type: 'Country', code: rest, names: { en: c.en, ru: c.ru } });
    } else if (kind === 'city') entities.push({ ...base, type: 'City', countryCode: splitKey(rest)[0] });
    else if (kind === 'event') {
      const ev = world.event(Number(rest));
      entities.push({ ...base, type: 'Event', kind: ev.kind.key, startDate: ev.start, endDate: ev.end, datePrecision: 'day' });
    } else if (kind === 'topic') {
      const t = Number(rest);
      entities.push({ ...base, type: 'Topic', labels: { en: TOPIC_PHRASES[t]![0], ru: TOPIC_PHRASES[t]![1] } });
    } else {
      const p = world.event(Number(rest)).practice!;
      entities.push({ ...base, type: 'Practice', description: null, audience: null, name: PRACTICES.find((x) => x[0] === p.name[0])?.[0] ?? base.name });
    }
  }
  const seen = new Set<string>();
  const relations: Relation[] = [];
  for (const f of r.facts) {
    const rel = { type: f.type, from: id(f.from), to: id(f.to) };
    const k = `${rel.type}|${rel.from}|${rel.to}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const evidenceStart = r.text.indexOf(f.evidence);
    relations.push({
      ...rel,
      evidence: f.evidence,
      ...(evidenceStart >= 0 ? { evidenceStart, evidenceEnd: evidenceStart + f.evidence.length } : {}),
      confidence: 0.9,
      ...(f.roles ? { roles: f.roles } : {}),
    });
  }
  return {
    report: { id: reportIdOf(r.text), title: r.title, language: r.language, url: meta.url, publishedAt: meta.publishedAt },
    entities,
    relations,
    mergeCandidates: [],
    text: r.text,
  };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
