import { describe, expect, it } from 'vitest';
import { mentionsOf, type Graph } from '../../graph/index.ts';
import { loadExtraction } from '../support/seedLoad.ts';
import type { Entity, Extraction, Mention } from '../../seed/index.ts';
import { extraction, person } from '../support/extractions.ts';
import { useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

const MINISTRY = 'org:ministry-of-enlightenment-kz';
const NOMINATIVE = 'Министерство просвещения Республики Казахстан';

/** Where each of `written` first occurs in `text`, as the extractor reports mentions. */
function mentionsIn(text: string, ...written: string[]): Mention[] {
  return written.map((w) => {
    const start = text.indexOf(w);
    if (start < 0) throw new Error(`"${w}" is not in the text`);
    return { start, end: start + w.length, text: w };
  });
}

function russianReport(text: string, entities: Entity[]): Extraction {
  const made = extraction({ text, title: text.slice(0, 40), entities });
  return { ...made, report: { ...made.report, language: 'ru' } };
}

async function writtenIn(entityId: string): Promise<Map<string, string | null>> {
  const mentions = (await mentionsOf(graph, [entityId])).get(entityId) ?? [];
  return new Map(mentions.map((m) => [m.report.id, m.nameAsWritten]));
}

async function nodeName(id: string): Promise<unknown> {
  return (await graph.readRows<{ name: string }>('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id }))[0]?.name;
}

describe("a report's mention of an entity", () => {
  it('keeps the name as that report first writes it, in the genitive, while the node keeps the nominative', async () => {
    const genitiveText = 'Семинар прошёл при поддержке Министерства просвещения Республики Казахстан. Министерство просвещения Республики Казахстан подвело итоги.';
    const dativeText = 'Слово было предоставлено Министерству просвещения Республики Казахстан.';
    const first = russianReport(genitiveText, [
      {
        id: MINISTRY,
        type: 'Organization',
        name: NOMINATIVE,
        aliases: [],
        // out of text order on purpose: the first in the text is what counts
        mentions: mentionsIn(genitiveText, NOMINATIVE, 'Министерства просвещения Республики Казахстан'),
      },
    ]);
    const second = russianReport(dativeText, [
      { id: MINISTRY, type: 'Organization', name: NOMINATIVE, aliases: [], mentions: mentionsIn(dativeText, 'Министерству просвещения Республики Казахстан') },
    ]);
    await loadExtraction(graph, first);
    await loadExtraction(graph, second);

    expect(await nodeName(MINISTRY)).toBe(NOMINATIVE);
    const written = await writtenIn(MINISTRY);
    expect(written.get(first.report.id)).toBe('Министерства просвещения Республики Казахстан');
    expect(written.get(second.report.id)).toBe('Министерству просвещения Республики Казахстан');
  });

  it('keeps an English short form as written and falls back to the canonical name when the report gave no span', async () => {
    const text = 'UNESCO IITE held a webinar for teachers. Its director Anna Smirnova opened it.';
    const institute: Entity = {
      id: 'org:unesco-iite',
      type: 'Organization',
      name: 'UNESCO Institute for Information Technologies in Education',
      aliases: ['UNESCO IITE'],
      mentions: mentionsIn(text, 'UNESCO IITE'),
    };
    const loaded = extraction({ text, title: 'Webinar', entities: [institute, person('person:anna-smirnova', 'Anna Smirnova')] });
    await loadExtraction(graph, loaded);

    expect(await nodeName('org:unesco-iite')).toBe('UNESCO Institute for Information Technologies in Education');
    const byReport = (await mentionsOf(graph, [loaded.report.id])).get(loaded.report.id) ?? [];
    const asWritten = Object.fromEntries(byReport.map((m) => [m.entity.id, m.nameAsWritten]));
    expect(asWritten).toEqual({ 'org:unesco-iite': 'UNESCO IITE', 'person:anna-smirnova': 'Anna Smirnova' });
  });
});
