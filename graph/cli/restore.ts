/** `npm run restore -- FILE [--replace]`: load a backup into an empty graph. */
import { Command } from 'commander';
import { restoreGraph } from '../backup/index.ts';
import { connectForCli, reportCliError } from './connectForCli.ts';

const program = new Command('restore')
  .description('Load a backup written by `npm run backup` into an empty graph.')
  .argument('<file>', 'the backup file')
  .option('--replace', 'delete the current graph first instead of refusing a non-empty one', false)
  .action(async (file: string, opts: { replace: boolean }) => {
    const graph = await connectForCli();
    try {
      const s = await restoreGraph(graph, file, { replace: opts.replace, progress: (n) => console.error(`  …${n} items restored`) });
      console.log(`Restored ${s.nodes} nodes and ${s.relationships} relationships from ${file}`);
    } finally {
      await graph.close();
    }
  });

program.parseAsync().catch(reportCliError);
