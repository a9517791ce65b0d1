import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertValidExtraction, extractReport, parseReport } from '../../seed/index.ts';

const seedText = readFileSync('seed/reports/001_ca50cbd2200c6381.txt', 'utf8');
const hostilePieces = [
  "' MATCH (n) DETACH DELETE n //",
  '`Organization`',
  '$param',
  '\u0000',
  '\u200b\u200f\u202e',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'Фонд «Вклад в будущее»',
  'the University of ',
  'named after ',
  ' On 31 through 2 February 2023 ',
  '\uD800',
  '---\ntitle: [unclosed\n---\n',
];

/** The seed report with random edits: deletions, duplications, hostile insertions. */
const mutatedReport = fc
  .array(
    fc.record({
      at: fc.nat({ max: seedText.length }),
      cut: fc.nat({ max: 200 }),
      insert: fc.oneof(fc.constantFrom(...hostilePieces), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 })),
    }),
    { maxLength: 8 },
  )
  .map((edits) => edits.reduce((text, e) => text.slice(0, e.at) + e.insert + text.slice(e.at + e.cut), seedText));

function extractOrInputError(text: string): void {
  let parsed;
  try {
    parsed = parseReport(text, { fileName: 'fuzz.txt' });
  } catch (err) {
    // Refusing bad input is allowed, with a named reason; crashing is not.
    expect((err as Error).name).toBe('ReportInputError');
    return;
  }
  const extraction = extractReport(parsed);
  assertValidExtraction(JSON.parse(JSON.stringify(extraction)));
  for (const e of extraction.entities) {
    for (const m of e.mentions) expect(parsed.text.slice(m.start, m.end)).toBe(m.text);
  }
}

describe('the extractor under random and mutated input', () => {
  it('never crashes on random text and always yields a valid Extraction', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 2000 }), extractOrInputError), { numRuns: 150 });
  });

  it('never crashes on mutated real reports, and mention offsets always point at their text', () => {
    fc.assert(fc.property(mutatedReport, extractOrInputError), { numRuns: 60 });
    // Sixty whole-report extractions: minutes on a machine busy with other suites, and a crash, not a time, is what fails it.
  }, 240_000);

  it('yields a valid Extraction for both seed reports', () => {
    for (const f of ['seed/reports/000_e72165b3f7539cff.txt', 'seed/reports/001_ca50cbd2200c6381.txt']) {
      assertValidExtraction(JSON.parse(JSON.stringify(extractReport(parseReport(readFileSync(f, 'utf8'))))));
    }
  });
});
