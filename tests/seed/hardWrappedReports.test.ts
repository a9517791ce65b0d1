import { describe, expect, it } from 'vitest';
import { extractReport, parseReport } from '../../seed/index.ts';
import { affiliated, find } from './helpers.ts';

/*
 * Reports copied from a PDF or an e-mail keep their page's line breaks. The
 * texts are invented; the line breaks are where a 60-column page puts them.
 */
const WRAPPED_EN = `Regional seminar on teacher education

BISHKEK, 14 May 2025 – The Regional Seminar on Teacher
Education opened today in Bishkek. The seminar was organ-
ized by the Ministry of Education and Science of the Kyrgyz
Republic together with UNESCO. Dr. Aida Kelmanova, Rector of
the Northern Pedagogical University, welcomed the guests.

Date: 14 May 2025
Venue: Bishkek
`;

const WRAPPED_RU = `Конференция в Новосибирске

24 октября 2024 года в Северном педагогическом
университете прошла Всероссийская научно-
практическая конференция «Инклюзия: практика и
перспективы».

Участники:
Иван Ветров, Северный педагогический университет
Анна Смолкина, Восточный технический университет
`;

describe('hard-wrapped reports', () => {
  it('joins a paragraph broken mid-sentence, mending "organ-/ized", so names and dates hold', () => {
    const report = parseReport(`---\nlanguage: en\n---\n${WRAPPED_EN}`);
    expect(report.text).toContain('The Regional Seminar on Teacher Education opened today in Bishkek. The seminar was organized by the Ministry of Education and Science of the Kyrgyz Republic together with UNESCO.');
    const ex = extractReport(report);
    const event = find(ex, 'Event', 'Regional Seminar on Teacher Education');
    expect(event).toMatchObject({ startDate: '2025-05-14' });
    expect(find(ex, 'Organization', 'Ministry of Education and Science of the Kyrgyz Republic')).toBeDefined();
    expect(affiliated(ex, 'Aida Kelmanova', 'Northern Pedagogical University')).toBe(true);
  });

  it('keeps the lines of a heading, a "Date:/Venue:" block and a list of participants apart', () => {
    const en = parseReport(`---\nlanguage: en\n---\n${WRAPPED_EN}`).text;
    expect(en).toContain('Regional seminar on teacher education\n\n');
    expect(en).toContain('Date: 14 May 2025\nVenue: Bishkek');
    const ru = parseReport(`---\nlanguage: ru\n---\n${WRAPPED_RU}`).text;
    expect(ru).toContain('Участники:\nИван Ветров, Северный педагогический университет\nАнна Смолкина');
  });

  it('keeps the hyphen of a Russian compound broken at it («научно-/практическая»)', () => {
    const ru = parseReport(`---\nlanguage: ru\n---\n${WRAPPED_RU}`).text;
    expect(ru).toContain('24 октября 2024 года в Северном педагогическом университете прошла Всероссийская научно-практическая конференция «Инклюзия: практика и перспективы».');
  });
});
