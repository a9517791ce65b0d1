import { organizationExtractor } from '../seed/extract/organizationExtractor.ts';
import { parseReport, curatedData } from '../seed/index.ts';
import { gazetteersFor } from '../seed/gazetteer/index.ts';
import { findQuotedSpans } from '../seed/text/quotes.ts';
import { splitSentences } from '../seed/text/sentences.ts';
const r = parseReport(process.argv[2] ?? '');
const curated = curatedData();
const ctx = { text: r.text, language: r.meta.language, sentences: splitSentences(r.text), quotes: findQuotedSpans(r.text), curated, gazetteers: gazetteersFor(curated), found: [] };
console.log(organizationExtractor.extract(ctx).map((c) => c.text));
