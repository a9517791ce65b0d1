import type { AlignedType } from './alignedTypes.ts';
import type { IdentityScore } from './identityScore.ts';
import type { Prf } from './prf.ts';
import { CORE_FAMILIES, RELATION_FAMILIES } from './relationFamilies.ts';
import type { Summary, WorstMisses } from './summarize.ts';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian' };
const f2 = (v: number): string => v.toFixed(2);
const cell = (x: Prf): string => `${f2(x.precision)}  ${f2(x.recall)}  ${f2(x.f1)}  ${`${x.tp}/${x.fp}/${x.fn}`.padEnd(11)}`;
const BLANK = ' '.repeat(30);
const LABEL = 28;

/**
 * Summaries side by side, one column group per part: a row per entity type,
 * the entity micro-average, a row per relation family, the relation
 * micro-average (the five core families), English and Russian, event dates.
 */
export function scoreTable(columns: ReadonlyArray<{ title: string; summary: Summary }>, types: readonly AlignedType[]): string[] {
  const lines = [
    ''.padEnd(LABEL) + columns.map((c) => c.title.padEnd(BLANK.length + 2)).join(''),
    ''.padEnd(LABEL) + columns.map(() => ' P     R     F1    tp/fp/fn     ').join(''),
  ];
  const row = (label: string, pick: (s: Summary) => Prf | null): void => {
    const cells = columns.map((c) => pick(c.summary));
    if (cells.every((x) => x === null)) return;
    lines.push(label.padEnd(LABEL) + cells.map((x) => (x ? cell(x) : BLANK) + '  ').join(''));
  };
  for (const t of types) row(t, (s) => s.entities[t]);
  row('entities (micro)', (s) => s.entitiesMicro);
  for (const f of CORE_FAMILIES) row(`  ${f}`, (s) => s.relations[f]);
  row('relations (micro, 5 above)', (s) => s.relationsMicro);
  for (const f of RELATION_FAMILIES.filter((f) => !CORE_FAMILIES.includes(f))) row(`  ${f}`, (s) => s.relations[f]);
  for (const lang of ['en', 'ru'] as const) {
    row(`${LANGUAGE_NAMES[lang]} entities`, (s) => s.byLanguage[lang]?.entities ?? null);
    row(`${LANGUAGE_NAMES[lang]} relations`, (s) => s.byLanguage[lang]?.relations ?? null);
  }
  lines.push(
    'event dates'.padEnd(LABEL) +
      columns
        .map((c) => {
          const d = c.summary.dates;
          return (d.total ? `${d.right} of ${d.total} right (${f2(d.right / d.total)})` : 'no dated events').padEnd(BLANK.length + 2);
        })
        .join(''),
  );
  return lines;
}

/** The worst misses as indented lines: per entity type the names most often missed and wrongly found, then the families most missed. */
export function missesLines(m: WorstMisses): string[] {
  const list = (xs: ReadonlyArray<{ name: string; count: number }>): string =>
    xs.length ? xs.map((x) => (x.count > 1 ? `${x.name} ×${x.count}` : x.name)).join('; ') : '—';
  const lines: string[] = [];
  for (const [type, x] of Object.entries(m.entities)) {
    if (x.missed.length === 0 && x.spurious.length === 0) continue;
    lines.push(`  ${type}: missed ${list(x.missed)}`);
    lines.push(`  ${''.padEnd(type.length)}  wrong  ${list(x.spurious)}`);
  }
  for (const r of m.relations) {
    if (r.missed === 0 && r.spurious === 0) continue;
    lines.push(`  ${r.family}: ${r.missed} missed, ${r.spurious} wrong${r.examplesMissed.length ? `; e.g. missed ${list(r.examplesMissed)}` : ''}`);
    if (r.examplesSpurious.length) lines.push(`  ${''.padEnd(r.family.length)}  e.g. wrong ${list(r.examplesSpurious)}`);
  }
  return lines;
}

/** The two identity figures, then which real entities are split and which nodes hold several. */
export function identityLines(s: IdentityScore, detail = 15): string[] {
  const pct = s.groups ? Math.round((100 * s.unified) / s.groups) : 0;
  const lines = [
    `identity across reports: ${s.unified} of ${s.groups} entities named by two or more reports are one node (${pct} %); ${s.wrongMerges.length} nodes hold two or more different real entities`,
  ];
  if (s.missingReports.length) lines.push(`  reports not found in the graph: ${s.missingReports.join(', ')}`);
  if (s.split.length) lines.push('  split (one real entity, several nodes):', ...s.split.slice(0, detail).map((x) => `    ${x.identity}: ${x.nodes.join(', ')}`));
  if (s.wrongMerges.length) lines.push('  wrong merges (one node, several real entities):', ...s.wrongMerges.slice(0, detail).map((x) => `    ${x.node}: ${x.holds.join(' + ')}`));
  return lines;
}
