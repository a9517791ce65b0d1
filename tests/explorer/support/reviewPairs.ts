/**
 * Two reports that leave two open merge suggestions for a curator to review:
 * a college named two ways (more certain) and a person spelt two ways (less
 * certain). Loaded without identity resolution, so the pairs stay apart
 * until a curator decides.
 */
import { loadExtraction, noResolution, type Graph } from '../../../graph/index.ts';
import type { Entity } from '../../../seed/extraction.ts';
import { event, extraction, org, person, rel } from '../../support/extractions.ts';

export const COLLEGE = { keep: 'org:northern-teachers-college', merge: 'org:north-teachers-college', keepName: 'Northern Teachers College', mergeName: "North Teachers' College", score: 0.9 };
export const PERSON = { keep: 'person:aigerim-sadykova', merge: 'person:aygerim-sadykova', keepName: 'Aigerim Sadykova', mergeName: 'Aygerim Sadykova', score: 0.75 };

export async function loadReviewPairs(graph: Graph): Promise<void> {
  const first = extraction({
    text: 'Northern Teachers College hosted the spring seminar on rural schools. Aigerim Sadykova of Northern Teachers College spoke.',
    title: 'Spring seminar on rural schools',
    url: 'https://example.org/spring-seminar',
    entities: [
      org(COLLEGE.keep, COLLEGE.keepName, [], { kind: 'university', countryCode: 'KZ' } as Partial<Entity>),
      person(PERSON.keep, PERSON.keepName),
      event('event:spring-seminar-rural-schools', 'Spring seminar on rural schools', '2024-04-10', '2024-04-10'),
    ],
    relations: [
      rel('HOSTED', COLLEGE.keep, 'event:spring-seminar-rural-schools', 'Northern Teachers College hosted the spring seminar on rural schools.'),
      rel('AFFILIATED_WITH', PERSON.keep, COLLEGE.keep, 'Aigerim Sadykova of Northern Teachers College spoke.'),
      rel('SPOKE_AT', PERSON.keep, 'event:spring-seminar-rural-schools', 'Aigerim Sadykova of Northern Teachers College spoke.'),
    ],
  });
  const second = extraction({
    text: "North Teachers' College took part in the autumn forum of pedagogical colleges. Aygerim Sadykova presented the college's mentoring scheme.",
    title: 'Autumn forum of pedagogical colleges',
    url: 'https://example.org/autumn-forum',
    entities: [
      org(COLLEGE.merge, COLLEGE.mergeName, [], { kind: 'university', countryCode: 'KZ' } as Partial<Entity>),
      person(PERSON.merge, PERSON.mergeName),
      event('event:autumn-forum-colleges', 'Autumn forum of pedagogical colleges', '2024-10-02', '2024-10-03'),
    ],
    relations: [
      rel('PARTICIPATED_IN', COLLEGE.merge, 'event:autumn-forum-colleges', "North Teachers' College took part in the autumn forum of pedagogical colleges."),
      rel('SPOKE_AT', PERSON.merge, 'event:autumn-forum-colleges', "Aygerim Sadykova presented the college's mentoring scheme."),
    ],
    mergeCandidates: [
      { a: COLLEGE.keep, b: COLLEGE.merge, score: COLLEGE.score, reason: 'the names differ only in "Northern" / "North" and an apostrophe' },
      { a: PERSON.keep, b: PERSON.merge, score: PERSON.score, reason: 'transliteration variants of one name' },
    ],
  });
  await loadExtraction(graph, first, { resolve: noResolution });
  await loadExtraction(graph, second, { resolve: noResolution });
}
