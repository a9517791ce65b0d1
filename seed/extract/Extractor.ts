import type { CuratedData } from '../data/curated.ts';
import type { Language } from '../extraction.ts';
import type { Gazetteers, CityInfo } from '../gazetteer/index.ts';
import type { OrgName } from '../resolve/orgName.ts';
import type { Sentence } from '../text/sentences.ts';
import type { QuotedSpan } from '../text/quotes.ts';
import type { DateRange } from './dates.ts';
import type { ReferenceDate } from './referenceDate.ts';

/** What every extractor sees: the body, its sentences, the data, and what earlier extractors found. */
export interface ExtractionContext {
  text: string;
  language: Language;
  sentences: Sentence[];
  quotes: QuotedSpan[];
  curated: CuratedData;
  gazetteers: Gazetteers;
  /** The day the report speaks from: yearless dates take its year, its dateline is not an event date. */
  referenceDate: ReferenceDate | null;
  /** Candidates of the extractors that ran before, in pipeline order. */
  found: Candidate[];
}

interface CandidateBase {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** A back-reference ("the Foundation", "the event") rather than a name. */
  reference?: boolean;
  /** Set by resolution: the entity this mention belongs to. */
  entityId?: string;
}

export interface OrganizationCandidate extends CandidateBase {
  type: 'Organization';
  name: OrgName;
  /** For an acronym or short form that names a parent inside a longer name ("UNESCO" in "UNESCO Regional Office"). */
  parentOf?: OrganizationCandidate;
}

export interface PersonCandidate extends CandidateBase {
  type: 'Person';
  given: string | null;
  surname: string;
  patronymic: string | null;
}

export interface CountryCandidate extends CandidateBase {
  type: 'Country';
  code: string;
  /** Inside an organization's name ("National Academy of Education of Kazakhstan"). */
  insideName: boolean;
}

export interface CityCandidate extends CandidateBase {
  type: 'City';
  city: CityInfo;
  insideName: boolean;
}

export interface EventCandidate extends CandidateBase {
  type: 'Event';
  kind: string;
  title: string | null;
  /** The kind phrase as written with its modifiers ("International Round Table"). */
  kindPhrase: string;
  dates: DateRange | null;
  /** A dated part named only by its kind and modifiers ("the online round on 10 February"): no sentence's event of focus. */
  part?: true;
}

export interface PracticeCandidate extends CandidateBase {
  type: 'Practice';
  name: string;
  audience: string | null;
  /** The organization mention that showed it, when the sentence says so. */
  presenter: OrganizationCandidate | null;
}

export interface TopicCandidate extends CandidateBase {
  type: 'Topic';
  topicId: string;
}

export type Candidate =
  | OrganizationCandidate
  | PersonCandidate
  | CountryCandidate
  | CityCandidate
  | EventCandidate
  | PracticeCandidate
  | TopicCandidate;

/** One small step of the pipeline: reads the context, returns new candidates. */
export interface Extractor {
  readonly name: string;
  extract(ctx: ExtractionContext): Candidate[];
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function inside(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
