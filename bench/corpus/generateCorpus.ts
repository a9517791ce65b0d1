/**
 * The synthetic corpus: reports generated one at a time (a `large` corpus
 * never sits in memory as a whole), each with its text as a file would hold
 * it and the facts it states. The same seed and scale always give the same
 * reports, byte for byte.
 */
import type { Extraction, Language } from '../../seed/index.ts';
import { Random } from './random.ts';
import { renderReport, type RenderedReport, type ReportVariant } from './renderReport.ts';
import { SCALES, type ScaleName } from './scales.ts';
import { toExtraction } from './toExtraction.ts';
import { World } from './world.ts';

export interface CorpusOptions {
  scale: ScaleName;
  seed: number;
  /** stop after this many reports (default: the scale's count) */
  limit?: number;
}

export interface SyntheticReport {
  /** 0-based position in the corpus */
  index: number;
  eventIndex: number;
  fileName: string;
  /** file content: YAML front matter (url, publishedAt) and the text */
  content: string;
  url: string;
  publishedAt: string;
  language: Language;
  rendered: RenderedReport;
}

/** Share of events covered by a second report (a translation, or another outlet's account). */
const SECOND_REPORT = 0.3;
const RUSSIAN = 0.25;

export class Corpus {
  readonly world: World;
  readonly size: number;

  constructor(readonly options: CorpusOptions) {
    const s = SCALES[options.scale];
    this.world = new World(options.seed, { organizations: s.organizations, people: s.people });
    this.size = Math.min(options.limit ?? s.reports, s.reports);
  }

  /** The reports in order; each report is built when asked for. */
  *reports(): Generator<SyntheticReport> {
    let index = 0;
    for (let e = 0; index < this.size; e++) {
      const rng = new Random(this.options.seed).fork(`report:${e}`);
      const language: Language = rng.chance(RUSSIAN) ? 'ru' : 'en';
      const first: ReportVariant = { language, monthOnly: rng.chance(0.15), secondary: false, typoRate: 0.03 };
      yield this.make(index++, e, first, rng, 0);
      if (index < this.size && rng.chance(SECOND_REPORT)) {
        const other: Language = rng.chance(0.6) ? (language === 'en' ? 'ru' : 'en') : language;
        const second: ReportVariant = { language: other, monthOnly: !first.monthOnly && rng.chance(0.4), secondary: true, typoRate: 0.08 };
        yield this.make(index++, e, second, rng, 1);
      }
    }
  }

  /** The reports as Extractions built from the world (no extractor): see toExtraction. */
  *extractions(): Generator<Extraction> {
    for (const r of this.reports()) yield toExtraction(this.world, r.rendered, { url: r.url, publishedAt: r.publishedAt });
  }

  private make(index: number, eventIndex: number, variant: ReportVariant, rng: Random, copy: number): SyntheticReport {
    const ev = this.world.event(eventIndex);
    const rendered = renderReport(this.world, ev, variant, rng);
    const publishedAt = addDays(ev.end, 1 + rng.int(0, 20) + copy * rng.int(1, 30));
    const url = `https://reports.example.org/${variant.language}/${publishedAt.slice(0, 4)}/${eventIndex}-${copy}`;
    const content = `---\nurl: ${url}\npublishedAt: ${publishedAt}\n---\n\n${rendered.text}`;
    return {
      index,
      eventIndex,
      fileName: `${String(index).padStart(6, '0')}_${variant.language}.md`,
      content,
      url,
      publishedAt,
      language: variant.language,
      rendered,
    };
  }
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** What the corpus states, counted: the graph a perfect pipeline would build. */
export interface CorpusTruth {
  reports: number;
  characters: number;
  languages: Record<Language, number>;
  events: number;
  entities: Record<string, number>;
  /** distinct (type, from, to) facts */
  relationships: number;
  relationshipsByType: Record<string, number>;
  /** sum over reports of distinct entities each mentions (MENTIONS relationships) */
  mentions: number;
  /** share of organization mentions held by the 1% most mentioned organizations */
  top1PercentOrgShare: number;
  /** organizations seen under more than one name */
  orgsWithSeveralNames: number;
}

export function corpusTruth(corpus: Corpus): CorpusTruth {
  const entities = new Map<string, Set<string>>();
  const facts = new Set<string>();
  const byType: Record<string, number> = {};
  const orgMentions = new Map<string, number>();
  const orgNames = new Map<string, Set<string>>();
  const events = new Set<number>();
  const languages: Record<Language, number> = { en: 0, ru: 0 };
  let characters = 0;
  let mentions = 0;
  let reports = 0;
  for (const r of corpus.reports()) {
    reports++;
    characters += r.rendered.text.length;
    languages[r.language]++;
    events.add(r.eventIndex);
    for (const [key, names] of r.rendered.names) {
      const kind = key.slice(0, key.indexOf(':'));
      const set = entities.get(kind) ?? new Set<string>();
      set.add(key);
      entities.set(kind, set);
      mentions++;
      if (kind === 'org') {
        orgMentions.set(key, (orgMentions.get(key) ?? 0) + 1);
        const all = orgNames.get(key) ?? new Set<string>();
        for (const n of names) all.add(n);
        orgNames.set(key, all);
      }
    }
    for (const f of r.rendered.facts) {
      const k = `${f.type}|${f.from}|${f.to}`;
      if (facts.has(k)) continue;
      facts.add(k);
      byType[f.type] = (byType[f.type] ?? 0) + 1;
    }
  }
  const counts = [...orgMentions.values()].sort((a, b) => b - a);
  const top = counts.slice(0, Math.max(1, Math.ceil(counts.length / 100))).reduce((a, b) => a + b, 0);
  const total = counts.reduce((a, b) => a + b, 0);
  return {
    reports,
    characters,
    languages,
    events: events.size,
    entities: Object.fromEntries([...entities].map(([k, v]) => [k, v.size])),
    relationships: facts.size,
    relationshipsByType: byType,
    mentions,
    top1PercentOrgShare: total ? top / total : 0,
    orgsWithSeveralNames: [...orgNames.values()].filter((s) => s.size > 1).length,
  };
}
