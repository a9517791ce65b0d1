/**
 * What the Add report page decides without a server: which files and texts
 * it refuses before sending (and why, in words), and how a preview and a
 * load are put in a sentence.
 */
import { describe, expect, it } from 'vitest';
import type { ReportPreviewView } from '../../explorer/src/api/ReportsApi.ts';
import { checkReportText, loadedNote, MAX_REPORT_CHARS, previewNote, readReportBytes } from '../../explorer/src/controller/index.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('report files and texts', () => {
  it('reads a UTF-8 text, Markdown or HTML file as its text, without a byte-order mark', () => {
    expect(readReportBytes('seminar.md', utf8('\uFEFF# Seminar\n\nHeld in Pavlodar.'))).toEqual({ text: '# Seminar\n\nHeld in Pavlodar.' });
    expect(readReportBytes('SEMINAR.HTML', utf8('<p>Held in Pavlodar.</p>'))).toEqual({ text: '<p>Held in Pavlodar.</p>' });
  });

  it('refuses a file of another kind, an empty one, a binary one and one that is not UTF-8, naming the file', () => {
    expect(readReportBytes('scan.pdf', utf8('%PDF'))).toEqual({ problem: expect.stringMatching(/^scan\.pdf is not a report file: choose a \.txt, \.md or \.html file/) });
    expect(readReportBytes('empty.txt', utf8(' \n '))).toEqual({ problem: 'empty.txt is empty: paste the report, or choose a .txt, .md or .html file.' });
    expect(readReportBytes('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toEqual({ problem: 'image.txt is a binary file, not text: save the report as UTF-8 text, Markdown or HTML.' });
    expect(readReportBytes('latin1.txt', new Uint8Array([0x53, 0xe9, 0x6d, 0x69, 0x6e, 0x61, 0x69, 0x72, 0x65]))).toEqual({ problem: expect.stringMatching(/^latin1\.txt is not UTF-8 text/) });
  });

  it('refuses a 50 MB paste by its size, before anything is sent', () => {
    expect(checkReportText('a'.repeat(MAX_REPORT_CHARS))).toBeNull();
    expect(checkReportText('a'.repeat(50_000_000))).toBe('The text is 50,000,000 characters (50.0 MB), over the limit of 2,000,000: split the report into parts.');
    expect(readReportBytes('huge.txt', new Uint8Array(50_000_000).fill(0x61))).toEqual({ problem: 'huge.txt is 50.0 MB, over the limit of 2,000,000 characters: split the report into parts.' });
  });
});

describe('what a preview and a load say', () => {
  const entity = (id: string, identity: 'new' | 'match' | 'uncertain') => ({ id, type: 'Organization' as const, name: id, aliases: [], mentions: [], identity, match: null, why: null, score: null });
  const preview: ReportPreviewView = {
    reportId: 'report:b',
    title: 'Autumn seminar',
    url: 'https://example.org/seminar',
    language: 'en',
    publishedAt: null,
    text: '',
    status: 'replaced',
    replaces: [{ id: 'report:a', title: 'Autumn seminar (draft)' }],
    entities: [entity('org:a', 'new'), entity('org:b', 'match'), entity('org:c', 'uncertain')],
    relations: [],
  };

  it('a new version names what it replaces and counts new, known and uncertain entities', () => {
    expect(previewNote(preview)).toBe('A new version: loading it replaces “Autumn seminar (draft)” (report:a) and what it said. 3 entities (1 new, 1 already in the graph, 1 uncertain) and 0 relations.');
    expect(previewNote({ ...preview, status: 'unchanged' })).toBe('Unchanged: this exact report is loaded already, so loading it again changes nothing.');
  });

  it('a load says unchanged, replaced or new', () => {
    expect(loadedNote({ reportId: 'report:b', title: 'Autumn seminar', status: 'replaced', replaced: ['report:a'] }, preview)).toBe('Loaded “Autumn seminar”: it replaces “Autumn seminar (draft)”.');
    expect(loadedNote({ reportId: 'report:b', title: 'Autumn seminar', status: 'unchanged', replaced: [] }, preview)).toBe('Unchanged: “Autumn seminar” was loaded already; nothing was written.');
  });
});
