import { fileURLToPath } from 'node:url';
import { ENTITY_TYPES } from '../extraction.ts';
import { evaluateGold } from '../eval/evaluateGold.ts';
import type { ScoreKey, Scores } from '../eval/scoreExtraction.ts';

/** `npm run eval:extract`: precision, recall and F1 of the extractor against the hand-annotated seeds. */
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = process.argv[2] ?? `${root}tests/fixtures`;
const { perReport, total } = await evaluateGold(dir, root);
// Reports in heldout/ were not used to tune the rules: their figures say more about unseen reports.
const heldout = process.argv[2] ? null : await evaluateGold(`${dir}/heldout`, root).catch(() => null);

function table(title: string, s: Scores): void {
  console.log(`\n${title}`);
  console.log('type              P      R      F1    tp  fp  fn');
  for (const k of [...ENTITY_TYPES, 'relations'] as ScoreKey[]) {
    const x = s[k];
    const pct = (v: number) => v.toFixed(2).padStart(5);
    console.log(`${k.padEnd(15)} ${pct(x.precision)}  ${pct(x.recall)}  ${pct(x.f1)}  ${String(x.tp).padStart(3)} ${String(x.fp).padStart(3)} ${String(x.fn).padStart(3)}`);
  }
}

for (const r of perReport) table(r.report, r.scores);
table(`all ${perReport.length} annotated seed reports (micro-average; ADDRESSES not annotated)`, total);
if (heldout && heldout.perReport.length) table(`held-out: ${heldout.perReport.map((r) => r.report).join(', ')}`, heldout.total);
