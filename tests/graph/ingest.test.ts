import { describe, expect, it } from 'vitest';
import { InvalidReportInputError, isGraphEmpty, type Graph } from '../../graph/index.ts';
import { ingestText } from '../../seed/index.ts';
import { useEmptyGraph } from '../support/testGraph.ts';

let graph: Graph;

useEmptyGraph((g) => (graph = g));

const TEXT =
  'On 12 March 2024, a seminar on inclusive education was held in Almaty, Kazakhstan. ' +
  'The UNESCO Institute for Information Technologies in Education (IITE) organized the seminar.';

describe('ingesting text (the API mutation)', () => {
  it('loads a report given as text, with the given title, url, language and date', async () => {
    const result = await ingestText(graph, { text: TEXT, title: 'Seminar in Almaty', url: 'https://example.org/a', language: 'en', publishedAt: '2024-03-20' });
    expect(result.status).toBe('created');
    expect(result.labels.Organization?.created).toBeGreaterThan(0);
    const [report] = await graph.readRows<Record<string, unknown>>(
      'MATCH (r:Report {id: $id}) RETURN r.title AS title, r.url AS url, r.language AS language, r.publishedAt AS publishedAt, r.text AS text',
      { id: result.reportId },
    );
    expect(report).toEqual({ title: 'Seminar in Almaty', url: 'https://example.org/a', language: 'en', publishedAt: '2024-03-20', text: TEXT });
    expect(await isGraphEmpty(graph)).toBe(false);
  });

  it('replaces the report published at the same url when its text changes', async () => {
    const first = await ingestText(graph, { text: TEXT, url: 'https://example.org/a' });
    const second = await ingestText(graph, { text: `${TEXT} About 40 teachers took part.`, url: 'https://example.org/a' });
    expect(second).toMatchObject({ status: 'replaced', replaced: [first.reportId] });
    const reports = await graph.readRows<{ id: string }>('MATCH (r:Report) RETURN r.id AS id');
    expect(reports).toEqual([{ id: second.reportId }]);
    expect(second.labels.Organization?.created ?? 0).toBe(0);
  });

  it('refuses bad fields with a message that names them', async () => {
    await expect(ingestText(graph, { text: TEXT, publishedAt: '20 March 2024' })).rejects.toThrow(InvalidReportInputError);
    await expect(ingestText(graph, { text: TEXT, publishedAt: '20 March 2024' })).rejects.toThrow(/publishedAt must be an ISO date/);
    await expect(ingestText(graph, { text: TEXT, url: 'javascript:alert(1)' })).rejects.toThrow(/url must be an http/);
    await expect(ingestText(graph, { text: '   ' })).rejects.toThrow(/no text/);
    expect(await isGraphEmpty(graph)).toBe(true);
  });
});
