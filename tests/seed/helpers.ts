import { fileURLToPath } from 'node:url';
import { extractReport, parseReport } from '../../seed/index.ts';
import { readReportFile } from '../../seed/index.ts';
import type { Entity, Extraction } from '../../seed/index.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEED_000 = `${ROOT}seed/reports/000_e72165b3f7539cff.txt`;
export const SEED_001 = `${ROOT}seed/reports/001_ca50cbd2200c6381.txt`;
export const RU_FIXTURE = `${ROOT}tests/fixtures/ru-round-table.md`;
export const EN_FIXTURE = `${ROOT}tests/fixtures/en-inclusive-forum.html`;

const cache = new Map<string, Extraction>();

export async function extractFile(path: string): Promise<Extraction> {
  let e = cache.get(path);
  if (!e) {
    e = extractReport(await readReportFile(path));
    cache.set(path, e);
  }
  return structuredClone(e);
}

/** The entity of a type that has this name or alias (case and quotes ignored). */
export function find(ex: Extraction, type: Entity['type'], name: string): Entity | undefined {
  const n = name.toLowerCase().replace(/['"«»“”‘’]/g, '');
  return ex.entities.find((e) => e.type === type && [e.name, ...e.aliases].some((a) => a.toLowerCase().replace(/['"«»“”‘’]/g, '') === n));
}

export function ofType(ex: Extraction, type: Entity['type']): Entity[] {
  return ex.entities.filter((e) => e.type === type);
}

export function has(ex: Extraction, type: string, from: string | undefined, to: string | undefined): boolean {
  return ex.relations.some((r) => r.type === type && r.from === from && r.to === to);
}

/** A short report made of one body of text, in English or Russian. */
export function extractBody(body: string, language: 'en' | 'ru' = 'en'): Extraction {
  return extractReport(parseReport(`---\nlanguage: ${language}\n---\nNews from the region\n\n${body}\n`));
}

/** The names of the entities of one type. */
export function namesOf(ex: Extraction, type: Entity['type']): string[] {
  return ofType(ex, type).map((e) => e.name);
}

/** Whether the person named is affiliated with the body named. */
export function affiliated(ex: Extraction, person: string, body: string): boolean {
  const p = find(ex, 'Person', person)?.id;
  const o = find(ex, 'Organization', body)?.id;
  return !!p && !!o && ex.relations.some((r) => r.type === 'AFFILIATED_WITH' && r.from === p && r.to === o);
}

/** Whether the body named is said to be part of the other body named. */
export function partOf(ex: Extraction, unit: string, owner: string): boolean {
  const u = find(ex, 'Organization', unit)?.id;
  const o = find(ex, 'Organization', owner)?.id;
  return !!u && !!o && ex.relations.some((r) => r.type === 'PART_OF' && r.from === u && r.to === o);
}
