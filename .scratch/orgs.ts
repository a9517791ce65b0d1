import { readReportFile } from '../seed/read/readReportFile.ts';
import { splitSentences } from '../seed/text/sentences.ts';
import { findQuotedSpans } from '../seed/text/quotes.ts';
import { curatedData } from '../seed/data/curated.ts';
import { gazetteersFor } from '../seed/gazetteer/index.ts';
import { organizationExtractor } from '../seed/extract/organizationExtractor.ts';
for (const f of process.argv.slice(2)) {
  const r = await readReportFile(f);
  const curated = curatedData();
  const ctx = { text: r.text, language: r.meta.language, sentences: splitSentences(r.text), quotes: findQuotedSpans(r.text), curated, gazetteers: gazetteersFor(curated), found: [] };
  console.log('==', f, r.meta);
  for (const c of organizationExtractor.extract(ctx)) console.log(c.reference ? 'REF' : '   ', JSON.stringify(c.text), '|', c.name.kind, c.name.tokens.join(' '), '| ep:', c.name.eponymKey, '| cc:', c.name.countryCode, '| slug:', c.name.slugWords.join('-'), c.parentOf ? 'PARENT' : '');
}
