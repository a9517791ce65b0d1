import type {
  CityEntity,
  CountryEntity,
  Entity,
  EventEntity,
  MergeCandidate,
  Mention,
  OrganizationEntity,
  PersonEntity,
  PracticeEntity,
  TopicEntity,
} from '../extraction.ts';
import type {
  Candidate,
  CityCandidate,
  CountryCandidate,
  EventCandidate,
  ExtractionContext,
  OrganizationCandidate,
  PersonCandidate,
  PracticeCandidate,
  TopicCandidate,
} from '../extract/Extractor.ts';
import { firstNameIndex } from '../extract/personExtractor.ts';
import { headlineEnd } from '../text/headline.ts';
import { nominativeIfRussian } from '../text/russianMorphology.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { slugify } from '../text/slugify.ts';
import { toLatin } from '../text/transliterate.ts';
import { matchCuratedOrganization } from './curatedMatch.ts';
import { cityId, countryId, orgId, personId, practiceId } from './ids.ts';
import { abbreviates, isAcronym } from './acronym.ts';
import { genericWord, properKey } from './institutionalVocabulary.ts';
import { fuzzyDice, orgHeadOf, orgSimilarity, type OrgName } from './orgName.ts';
import { canonicalGiven, personMatch } from './personKey.ts';

/** Same-entity score at or above which two mentions in one report are merged. */
export const MERGE_THRESHOLD = 0.85;
/** Below the merge threshold but at least this: recorded as a merge candidate for a curator. */
export const SUGGEST_THRESHOLD = 0.6;

export interface ResolvedMentions {
  entities: Entity[];
  mergeCandidates: MergeCandidate[];
  /** Events in order of their naming mention; the first is the report's main event. */
  mainEventId: string | null;
}

const LEADING_LOWER_CASE = /^(?:[a-z][a-z-]*\s+)+(?=\p{Lu})/u;

/** Groups the candidates of one report into entities with ids, names, aliases and mentions. */
export function resolveMentions(candidates: Candidate[], ctx: ExtractionContext): ResolvedMentions {
  const merges: MergeCandidate[] = [];
  const orgs = resolveOrganizations(pick(candidates, 'Organization'), ctx, merges);
  const people = resolvePeople(pick(candidates, 'Person'), ctx, merges);
  const countries = resolveCountries(pick(candidates, 'Country'), ctx);
  const cities = resolveCities(pick(candidates, 'City'));
  const events = resolveEvents(pick(candidates, 'Event'), headlineEnd(ctx.text));
  const practices = resolvePractices(pick(candidates, 'Practice'));
  const topics = resolveTopics(pick(candidates, 'Topic'), ctx);
  return {
    entities: [...orgs, ...people, ...countries, ...cities, ...events, ...practices, ...topics],
    mergeCandidates: dedupeMerges(merges),
    mainEventId: mainEvent(events),
  };
}

function pick<T extends Candidate['type']>(cs: Candidate[], type: T): Array<Extract<Candidate, { type: T }>> {
  return cs.filter((c): c is Extract<Candidate, { type: T }> => c.type === type);
}

function mentionOf(c: Candidate): Mention {
  return { start: c.start, end: c.end, text: c.text };
}

function uniq(xs: Array<string | null | undefined>, except: string[] = []): string[] {
  const seen = new Set(except.map(normalizeName));
  const out: string[] = [];
  for (const x of xs) {
    if (!x) continue;
    const k = normalizeName(x);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(x.trim());
  }
  return out;
}

function dedupeMerges(ms: MergeCandidate[]): MergeCandidate[] {
  const seen = new Map<string, MergeCandidate>();
  for (const m of ms) {
    if (m.a === m.b) continue;
    const [a, b] = [m.a, m.b].sort();
    const key = `${a}|${b}`;
    const prev = seen.get(key);
    if (!prev || prev.score < m.score) seen.set(key, { ...m, a: a ?? m.a, b: b ?? m.b });
  }
  return [...seen.values()];
}

// ── organizations ──────────────────────────────────────────────────────────

interface OrgCluster {
  members: OrganizationCandidate[];
  curatedId: string | null;
}

function resolveOrganizations(cands: OrganizationCandidate[], ctx: ExtractionContext, merges: MergeCandidate[]): OrganizationEntity[] {
  const clusters: OrgCluster[] = [];
  const named = cands.filter((c) => !c.reference).sort((a, b) => a.start - b.start);
  giveBranchAcronymsToParent(named, ctx.text);
  const pending: Array<{ cand: OrganizationCandidate; cluster: OrgCluster; score: number; reason: string }> = [];
  for (const c of named) {
    // "X (formerly Y)": the text itself ties the two names to one body.
    const renamed = formerNameOf(c, named, ctx.text);
    const renamedCluster = renamed ? clusters.find((cl) => cl.members.includes(renamed)) : undefined;
    if (renamedCluster) {
      renamedCluster.members.push(c);
      continue;
    }
    const curated = matchCuratedOrganization(c.name, ctx.curated, ctx.gazetteers);
    if (curated) {
      let cl = clusters.find((x) => x.curatedId === curated.id);
      if (!cl) clusters.push((cl = { members: [], curatedId: curated.id }));
      cl.members.push(c);
      continue;
    }
    let best: { cl: OrgCluster; score: number; reason: string } | null = null;
    // Clusters a name fits only as a short form: two of them make it ambiguous ("Institute of Technology" after two of them).
    const shortFormOf = new Set<OrgCluster>();
    for (const cl of clusters) {
      // "LUMO Centre … the Helsinki LUMO Centre, the Oulu LUMO Centre": a short form met first joins no two bodies in different towns.
      if (cl.members.some((m) => placedApart(c.name, m.name))) continue;
      for (const m of cl.members) {
        const s = differentLetters(c.name, m.name) ? { score: 0, reason: 'different acronyms' } : orgSimilarity(c.name, m.name);
        if (s.score >= MERGE_THRESHOLD && c.name.proper.length === 0 && m.name.proper.length > 0) shortFormOf.add(cl);
        if (!best || s.score > best.score) best = { cl, score: s.score, reason: s.reason };
      }
    }
    if (shortFormOf.size > 1 && best) best = { ...best, score: Math.min(best.score, MERGE_THRESHOLD - 0.01), reason: 'short form of several names in the report' };
    if (best && best.score >= MERGE_THRESHOLD) best.cl.members.push(c);
    else {
      const cl: OrgCluster = { members: [c], curatedId: null };
      clusters.push(cl);
      if (best && best.score >= SUGGEST_THRESHOLD) pending.push({ cand: c, cluster: best.cl, score: best.score, reason: best.reason });
    }
  }
  // Back-references ("the Foundation") go to the latest body of that kind named before them.
  for (const r of cands.filter((c) => c.reference)) {
    // "the Tartu university" refers only to a body whose name holds "Tartu"; "the Foundation" to any foundation.
    const proper = r.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !orgHeadOf(w) && !/^the$/i.test(w)).map(fold);
    // "the Federation" is a federation named before, not any body of the same kind (a union).
    const head = r.name.head ? (genericWord(r.name.head) ?? r.name.head) : null;
    const sameKind = clusters.filter(
      (cl) =>
        cl.members.some((m) => m.name.kind === r.name.kind && (!head || m.name.generic.includes(head))) &&
        proper.every((w) => cl.members.some((m) => fold(m.text).includes(w))),
    );
    const before = sameKind
      .map((cl) => ({ cl, last: Math.max(...cl.members.filter((m) => m.start < r.start).map((m) => m.start)) }))
      .filter((x) => Number.isFinite(x.last))
      .sort((a, b) => b.last - a.last)[0];
    const target = before?.cl ?? (sameKind.length === 1 ? sameKind[0] : undefined);
    if (target) target.members.push(r);
  }
  foldBodyIntoItsOffice(clusters, ctx);
  const entities = new Map<OrgCluster, OrganizationEntity>();
  const usedIds = new Set<string>();
  for (const cl of clusters.filter((x) => x.members.length > 0)) {
    const e = organizationEntity(cl, ctx);
    if (usedIds.has(e.id) && !cl.curatedId) e.id = `${e.id}-${usedIds.size + 1}`;
    usedIds.add(e.id);
    entities.set(cl, e);
    for (const m of cl.members) m.entityId = e.id;
  }
  for (const p of pending) {
    const a = entities.get(p.cluster)?.id;
    const b = p.cand.entityId;
    if (a && b && a !== b) merges.push({ a, b, score: round(p.score), reason: p.reason });
  }
  return [...entities.values()];
}

/** Each name is placed in a town or country the other does not name ("Helsinki LUMO Centre", "Oulu LUMO Centre"). */
function placedApart(a: OrgName, b: OrgName): boolean {
  const pa = a.proper.filter((k) => k.startsWith('pl:'));
  const pb = b.proper.filter((k) => k.startsWith('pl:'));
  return pa.some((k) => !pb.includes(k)) && pb.some((k) => !pa.includes(k));
}

/** Each name comes with its own acronym and the letters differ, even transliterated: a report introduces two bodies. */
function differentLetters(a: OrgName, b: OrgName): boolean {
  const [x, y] = [a.acronym, b.acronym];
  return !!x && !!y && properKey(toLatin(x)) !== properKey(toLatin(y));
}

/** "(formerly …)", «(бывший …)», «(до 2020 года — …)» between two names. */
const FORMER_NAME = /^\s*[(,]\s*(?:formerly(?:\s+known\s+as)?|previously(?:\s+known\s+as)?|former|until\s+\d{4}|бывш\p{L}*|ранее|прежде|до\s+\d{4}(?:\s+года?)?)\s*[—–:-]?\s*$/iu;

/** The name just before `c` that `c` is the former name of ("X (formerly Y)"). */
function formerNameOf(c: OrganizationCandidate, named: readonly OrganizationCandidate[], text: string): OrganizationCandidate | null {
  const before = named.filter((p) => p !== c && !p.parentOf && p.end <= c.start && c.start - p.end <= 40).sort((a, b) => b.end - a.end)[0];
  return before && FORMER_NAME.test(text.slice(before.end, c.start)) ? before : null;
}

/**
 * "Tarma Branch of Inca State Pedagogical University (ISPU)": letters that
 * spell the parent's name, not the branch's, name the parent; so do their
 * later uses ("ISPU lecturers"). The bracketed one ties the branch to it.
 */
function giveBranchAcronymsToParent(named: OrganizationCandidate[], text: string): void {
  for (const b of named) {
    const letters = b.name.acronym;
    const office = b.name.office;
    if (!letters || !office || writtenAsLetters(b) || abbreviates(letters, b.name.display) || !abbreviates(letters, office.parent.display)) continue;
    const parent: OrgName = { ...office.parent, acronym: letters };
    const branchName: OrgName = { ...b.name, acronym: null };
    for (const d of named) {
      if (d === b || !writtenAsLetters(d) || d.text.trim() !== letters) continue;
      d.name = parent;
      if (d.start >= b.end && /^\s*\(\s*$/.test(text.slice(b.end, d.start))) d.parentOf = b;
    }
    for (const d of named) if (d.name === b.name) d.name = branchName;
  }
}

function writtenAsLetters(c: OrganizationCandidate): boolean {
  return !/\s/.test(c.text.trim()) && isAcronym(c.text.trim());
}

/**
 * A body named in a report only inside its office's name ("UNICEF Country
 * Office in Ghana", and "UNICEF Ghana") or, besides, by its bare name where
 * that office is the only one named, is that office at work: the report names
 * no other entity. The body stays when the text speaks of it itself: its
 * possessive ("UNICEF's programme") or in someone's quoted words.
 */
function foldBodyIntoItsOffice(clusters: OrgCluster[], ctx: ExtractionContext): void {
  const clusterOf = new Map<OrganizationCandidate, OrgCluster>();
  for (const cl of clusters) for (const m of cl.members) clusterOf.set(m, cl);
  for (const body of clusters) {
    const offices = new Set<OrgCluster>();
    for (const m of body.members) {
      const target = m.parentOf ? clusterOf.get(m.parentOf) : undefined;
      if (m.parentOf && target && target !== body && isOfficeOf(m.parentOf.name, m.name)) offices.add(target);
    }
    // Offices whose name holds the body's name without a mention of its own ("Representation of UNICEF in Laos").
    for (const cl of clusters) {
      if (cl === body || offices.has(cl)) continue;
      const isOffice = cl.members.some(
        (o) => !o.reference && o.name.office && body.members.some((m) => !m.parentOf && isOfficeOf(o.name, m.name) && orgSimilarity(o.name.office!.parent, m.name).score >= MERGE_THRESHOLD),
      );
      if (isOffice) offices.add(cl);
    }
    if (offices.size === 0) continue;
    // The parent of a unit of its own ("UNESCO Institute for …") is named as a body in the report.
    if (body.members.some((m) => m.parentOf && !offices.has(clusterOf.get(m.parentOf) as OrgCluster))) continue;
    const bare = body.members.filter((m) => !m.parentOf);
    if (bare.length > 0 && offices.size > 1) continue;
    const only = [...offices][0];
    // A bare name before the office is first named cannot refer back to it.
    const officeNamed = Math.min(...[...offices].flatMap((o) => o.members.filter((x) => !x.reference).map((x) => x.start)));
    if (body.members.some((m) => speaksOfBodyItself(m, ctx) || (!m.parentOf && m.start < officeNamed))) continue;
    for (const m of body.members) {
      const office = (m.parentOf && clusterOf.get(m.parentOf)) || only;
      if (!office) continue;
      // A mention of the office by its body's name is a reference: it adds no name to the office.
      m.reference = true;
      office.members.push(m);
    }
    body.members = [];
  }
}

/**
 * An office of the body in a named place, not a unit or project of its own
 * ("KFE Teacher Resource Centre in Tarija"): it is called an office, or it is
 * the body's name and a place ("British Council in Ghana", "UNDP in Laos").
 */
function isOfficeOf(office: OrgName, body: OrgName): boolean {
  // Without its place an office ("UNESCO Regional Office") is not told from its body's other offices.
  if (!office.office?.qualifier || office.generic.includes('branch')) return false;
  if (office.generic.includes('office')) return true;
  const own = new Set(body.generic);
  return office.generic.every((w) => own.has(w));
}

function speaksOfBodyItself(m: OrganizationCandidate, ctx: ExtractionContext): boolean {
  if (/^['’]s\b/u.test(ctx.text.slice(m.end, m.end + 3))) return true;
  return ctx.quotes.some((q) => q.innerStart <= m.start && m.end <= q.innerEnd && q.inner.trim().split(/\s+/).length >= 6);
}

function organizationEntity(cl: OrgCluster, ctx: ExtractionContext): OrganizationEntity {
  const named = cl.members.filter((m) => !m.reference);
  const curated = cl.curatedId ? ctx.curated.organizations.find((o) => o.id === cl.curatedId) : undefined;
  const rep = [...named].sort((a, b) => richness(b) - richness(a) || a.start - b.start)[0] ?? cl.members[0];
  const repName = rep?.name;
  const countryCode = curated?.country ?? named.map((m) => m.name.countryCode).find(Boolean) ?? null;
  const anyEponym = named.some((m) => m.name.eponymKey);
  const anyCountryInName = named.some((m) => m.name.countryInName);
  const id = curated?.id ?? orgId(repName?.slugWords ?? ['unnamed'], countryCode, anyCountryInName && !anyEponym);
  const name = curated?.name ?? repName?.display ?? rep?.text ?? id;
  return {
    id,
    type: 'Organization',
    name,
    aliases: uniq([...named.map((m) => m.name.display), ...named.map((m) => m.text.replace(/^the\s+/i, '')), ...(curated?.aliases ?? []), curated?.acronym], [name]),
    kind: curated?.kind ?? repName?.kind ?? 'other',
    acronym: curated?.acronym ?? named.map((m) => m.name.acronym).find(Boolean) ?? null,
    countryCode,
    mentions: cl.members.map(mentionOf).sort((a, b) => a.start - b.start),
  };
}

function richness(c: OrganizationCandidate): number {
  const n = c.name;
  // Only a name written as an acronym is poor; a full name followed by "(TSPU)" is the richest there is.
  return (n.acronym && !/\s/.test(n.display.trim()) ? -10 : 0) + n.tokens.length + (n.eponym ? 2 : 0) + (n.core ? 2 : 0) + (n.countryInName ? 0.5 : 0) - (/\p{Script=Cyrillic}/u.test(n.display) ? 0.1 : 0);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

// ── people ─────────────────────────────────────────────────────────────────

/**
 * «Джон Смит (John Smith, Великобритания)»: a name in Latin letters in brackets right after a name in Cyrillic is
 * that person's own spelling, however far a transliteration strays from it ("Dzhon Smit").
 */
function originalSpellings(cands: PersonCandidate[], text: string): Map<PersonCandidate, PersonCandidate> {
  const out = new Map<PersonCandidate, PersonCandidate>();
  for (const c of cands) {
    if (!/^\p{Script=Latin}/u.test(c.text)) continue;
    const before = cands.find((b) => b.end <= c.start && /\p{Script=Cyrillic}/u.test(b.text) && /^\s*\(\s*$/u.test(text.slice(b.end, c.start)));
    if (before) out.set(c, before);
  }
  return out;
}

function resolvePeople(cands: PersonCandidate[], ctx: ExtractionContext, merges: MergeCandidate[]): PersonEntity[] {
  const firstNames = firstNameIndex(ctx.curated.firstNames);
  const clusters: PersonCandidate[][] = [];
  const pending: Array<{ c: PersonCandidate; cl: PersonCandidate[]; score: number; reason: string }> = [];
  const original = originalSpellings(cands, ctx.text);
  for (const c of [...cands].sort((a, b) => Number(!!a.reference) - Number(!!b.reference) || a.start - b.start)) {
    const spelled = original.get(c);
    const own = spelled && clusters.find((cl) => cl.includes(spelled));
    if (own) {
      own.push(c);
      continue;
    }
    let best: { cl: PersonCandidate[]; score: number; reason: string } | null = null;
    for (const cl of clusters) {
      for (const m of cl) {
        const s = personMatch(c, m, firstNames);
        if (!best || s.score > best.score) best = { cl, score: s.score, reason: s.reason };
      }
    }
    if (best && best.score >= MERGE_THRESHOLD) best.cl.push(c);
    else if (!c.reference) {
      const cl = [c];
      clusters.push(cl);
      if (best && best.score >= SUGGEST_THRESHOLD - 0.1) pending.push({ c, cl: best.cl, score: best.score, reason: best.reason });
    }
  }
  const out = clusters.map((cl) => {
    const full = cl.filter((m) => !m.reference);
    const rep = [...full].sort((a, b) => (b.given?.length ?? 0) - (a.given?.length ?? 0) || Number(/\p{Script=Cyrillic}/u.test(a.text)) - Number(/\p{Script=Cyrillic}/u.test(b.text)) || a.start - b.start)[0] ?? cl[0];
    const given = canonicalGiven(rep?.given ?? null, firstNames);
    const surname = toLatin(rep?.surname ?? '');
    const id = personId(given, surname);
    const name = [rep?.given, rep?.patronymic, rep?.surname].filter(Boolean).join(' ');
    const e: PersonEntity = {
      id,
      type: 'Person',
      name,
      aliases: uniq(full.map((m) => m.text), [name]),
      titles: [],
      mentions: cl.map(mentionOf).sort((a, b) => a.start - b.start),
    };
    for (const m of cl) m.entityId = id;
    return e;
  });
  for (const p of pending) {
    const a = p.cl[0]?.entityId;
    const b = p.c.entityId;
    if (a && b && a !== b) merges.push({ a, b, score: round(p.score), reason: p.reason });
  }
  return mergeSameIds(out);
}

function mergeSameIds<T extends Entity>(es: T[]): T[] {
  const byId = new Map<string, T>();
  for (const e of es) {
    const prev = byId.get(e.id);
    if (!prev) byId.set(e.id, e);
    else {
      prev.mentions.push(...e.mentions);
      prev.mentions.sort((a, b) => a.start - b.start);
      prev.aliases = uniq([...prev.aliases, e.name, ...e.aliases], [prev.name]);
    }
  }
  return [...byId.values()];
}

// ── places ─────────────────────────────────────────────────────────────────

function resolveCountries(cands: CountryCandidate[], ctx: ExtractionContext): CountryEntity[] {
  const byCode = new Map<string, CountryCandidate[]>();
  for (const c of cands) byCode.set(c.code, [...(byCode.get(c.code) ?? []), c]);
  return [...byCode.entries()].map(([code, cs]) => {
    const info = ctx.gazetteers.countries.get(code);
    const name = info?.name ?? code;
    for (const c of cs) c.entityId = countryId(code);
    return {
      id: countryId(code),
      type: 'Country',
      code,
      name,
      names: { en: name, ru: info?.ruName ?? name },
      aliases: uniq([...cs.map((c) => c.text), info?.ruName], [name]),
      mentions: cs.map(mentionOf),
    } satisfies CountryEntity;
  });
}

function resolveCities(cands: CityCandidate[]): CityEntity[] {
  const byId = new Map<string, CityCandidate[]>();
  for (const c of cands) {
    const id = cityId(c.city.countryCode, c.city.name);
    c.entityId = id;
    byId.set(id, [...(byId.get(id) ?? []), c]);
  }
  return [...byId.entries()].map(([id, cs]) => {
    const city = cs[0]?.city;
    const name = city?.name ?? cs[0]?.text ?? id;
    return {
      id,
      type: 'City',
      name,
      aliases: uniq([...cs.map((c) => c.text), ...(city?.aliases ?? [])], [name]),
      countryCode: city?.countryCode ?? null,
      lat: city?.lat ?? null,
      lon: city?.lon ?? null,
      mentions: cs.map(mentionOf),
    } satisfies CityEntity;
  });
}

// ── events ─────────────────────────────────────────────────────────────────

function resolveEvents(cands: EventCandidate[], headlineEnds: number): EventEntity[] {
  let clusters: EventCandidate[][] = [];
  const titleTokens = (t: string): string[] => normalizeName(t).split(/[\s:.,-]+/).filter((w) => w.length > 2);
  for (const c of cands.filter((x) => !x.reference).sort((a, b) => a.start - b.start)) {
    const cl = clusters.find((x) =>
      x.some((m) => m.kind === c.kind && (m.title && c.title ? sameEventTitle(m.title, c.title, titleTokens) : !m.title && !c.title)),
    );
    if (cl) cl.push(c);
    else clusters.push([c]);
  }
  clusters = foldHeadlineEvent(clusters, headlineEnds);
  for (const r of cands.filter((x) => x.reference)) {
    // "The event" is the report's main (first named) event; "the seminar" the first seminar.
    // A dated part named by its modifiers («отборочный тур») is not what "the final round" refers back to.
    const target = r.kind === 'event' ? clusters[0] : clusters.find((cl) => cl.some((m) => m.kind === r.kind && !m.part));
    if (target) target.push(r);
  }
  return clusters.map((cl) => {
    const defining = cl.filter((m) => !m.reference);
    const first = defining[0];
    // The headline's «Форум молодых педагогов» and the body's «V … форум молодых педагогов «Учитель будущего»»: the quoted name wins;
    // else the fullest title that holds the first one's words ("Andean Forum", then "Andean Forum on Teacher Wellbeing").
    const firstWords = first?.title ? titleTokens(first.title) : [];
    const fuller = defining.filter((m) => m.title && firstWords.every((w) => titleTokens(m.title ?? '').includes(w))).sort((a, b) => (b.title?.length ?? 0) - (a.title?.length ?? 0))[0];
    const title = (defining.find((m) => m.title && /[«"“„]/u.test(m.text)) ?? fuller ?? first)?.title ?? null;
    const kind = first?.kind ?? 'event';
    const dates = defining.map((m) => m.dates).find(Boolean) ?? null;
    const provisional = `event:${slugify(title ?? `${kind} ${first?.sentence ?? 0}`, 8)}`;
    // «прошли стажировку»: a bare Russian kind is named in the nominative.
    const name = title ?? capitalize(nominativeIfRussian(first?.kindPhrase ?? kind));
    for (const m of cl) m.entityId = provisional;
    return {
      id: provisional,
      type: 'Event',
      name,
      // "its annual Online Symposium on …": the name is also known without the lower-case words before its capitals.
      aliases: uniq([...defining.map((m) => m.title), ...defining.map((m) => m.text), ...defining.map((m) => m.title?.replace(LEADING_LOWER_CASE, ''))], [name]),
      kind,
      startDate: dates?.start ?? null,
      endDate: dates?.end ?? null,
      datePrecision: dates?.precision ?? null,
      mentions: cl.map(mentionOf).sort((a, b) => a.start - b.start),
    } satisfies EventEntity;
  });
}

/**
 * A headline describes the event the body names: «Международный семинар по
 * инклюзивному образованию прошёл в …» and then «семинар «Инклюзивная школа»».
 * An event only the headline names, untitled or by a description that holds
 * its kind ("Tashkent meeting"), is the one event of that kind the body names.
 */
function foldHeadlineEvent(clusters: EventCandidate[][], headlineEnds: number): EventCandidate[][] {
  const head = clusters[0];
  if (!head || !head.every((m) => m.end <= headlineEnds && (!m.title || m.title === m.text))) return clusters;
  const titled = clusters.slice(1).filter((cl) => cl.some((m) => m.kind === head[0]?.kind && m.title && m.start >= headlineEnds));
  const only = titled.length === 1 ? titled[0] : undefined;
  if (!only || only.some((m) => OTHER_EDITION.test(m.text))) return clusters;
  // The body's title names the merged event, so its mentions lead.
  return [[...only, ...head], ...clusters.slice(1).filter((cl) => cl !== only)];
}

/** Words that name another edition than the one reported: "the next meeting", «прошлогодний форум». */
const OTHER_EDITION = /^(?:next|following|previous|last|upcoming|future|следующ\p{L}*|будущ\p{L}*|прошл\p{L}*|предыдущ\p{L}*|очередн\p{L}*)\b/iu;

/**
 * The event the report is about: the first named one, passing over an edition
 * the report only looks back or forward to.
 */
function mainEvent(events: EventEntity[]): string | null {
  const current = events.filter((e) => !OTHER_EDITION.test(e.name));
  return (current[0] ?? events[0])?.id ?? null;
}

const EDITION = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|previous|\d+(?:st|nd|rd|th)?|[ivxl]+|перв\p{L}*|втор\p{L}*|трет\p{L}*|четв[её]рт\p{L}*|пят\p{L}*|следующ\p{L}*|прошл\p{L}*)$/u;

/**
 * One event named twice: nearly the same words, or one name holds the other
 * whole ("… Olympiad «Word 2024»" and «Word 2024»; the headline's shorter form).
 */
function sameEventTitle(a: string, b: string, titleTokens: (t: string) => string[]): boolean {
  const ta = titleTokens(a);
  const tb = titleTokens(b);
  // "First … Forum" and "Third … Forum", "… 2023" and "… 2024" are different editions.
  for (const kind of [EDITION, /^\d{4}$/u]) {
    const ea = ta.filter((w) => kind.test(w) && (kind !== EDITION || !/^\d{4}$/u.test(w)));
    const eb = tb.filter((w) => kind.test(w) && (kind !== EDITION || !/^\d{4}$/u.test(w)));
    if (ea.length && eb.length && ea.join() !== eb.join()) return false;
  }
  if (fuzzyDice(ta, tb) >= 0.8) return true;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return short.length >= 2 && short.every((w) => long.includes(w));
}

/** Lower case without diacritics, so "Pecs" is found in "Pécs". */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ── practices and topics ───────────────────────────────────────────────────

function resolvePractices(cands: PracticeCandidate[]): PracticeEntity[] {
  const byId = new Map<string, PracticeEntity>();
  for (const c of cands) {
    const id = practiceId(c.name);
    c.entityId = id;
    const prev = byId.get(id);
    if (prev) {
      prev.mentions.push(mentionOf(c));
      continue;
    }
    byId.set(id, { id, type: 'Practice', name: c.name, description: null, audience: c.audience, aliases: [], mentions: [mentionOf(c)] });
  }
  return [...byId.values()];
}

function resolveTopics(cands: TopicCandidate[], ctx: ExtractionContext): TopicEntity[] {
  const byId = new Map<string, TopicEntity>();
  for (const c of cands) {
    c.entityId = c.topicId;
    const t = ctx.curated.taxonomy.find((x) => x.id === c.topicId);
    const prev = byId.get(c.topicId);
    if (prev) prev.mentions.push(mentionOf(c));
    else byId.set(c.topicId, { id: c.topicId, type: 'Topic', name: t?.en ?? c.topicId, labels: { en: t?.en ?? c.topicId, ru: t?.ru ?? c.topicId }, aliases: t ? [t.ru] : [], mentions: [mentionOf(c)] });
  }
  return [...byId.values()];
}
