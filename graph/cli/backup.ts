/** `npm run backup [-- FILE]`: the whole graph to one portable NDJSON file. */
import { Command } from 'commander';
import { backupGraph } from '../backup/index.ts';
import { connectForCli, reportCliError } from './connectForCli.ts';

const program = new Command('backup')
  .description('Write the whole graph (entities, relationships with provenance, reports, merge suggestions, accounts, the curation log, schema version) to one file.')
  .argument('[file]', 'where to write', `edugraph-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.ndjson`)
  .action(async (file: string) => {
    const graph = await connectForCli();
    try {
      const s = await backupGraph(graph, file, (n) => console.error(`  …${n} items written`));
      console.log(`Backed up ${s.nodes} nodes and ${s.relationships} relationships (schema v${s.schemaVersion}) to ${s.file}`);
    } finally {
      await graph.close();
    }
  });

program.parseAsync().catch(reportCliError);
