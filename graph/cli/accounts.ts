/** `npm run accounts -- add NAME --role curator | list | disable NAME`: curator accounts, managed at the database. */
import { Command, Option } from 'commander';
import { commandLineActor as actor, createAccount, disableAccount, listAccounts, ROLES } from '../index.ts';
import { connectForCli, reportCliError } from './connectForCli.ts';

const program = new Command('accounts').description('Manage the accounts that may read (when reads need a token), curate and administer the graph.');

program
  .command('add')
  .description('Create an account and print its token, once: it cannot be shown again.')
  .argument('<name>', 'lower-case letters, digits, ".", "_" or "-"')
  .addOption(new Option('--role <role>', 'what the account may do').choices(ROLES).makeOptionMandatory())
  .option('--reason <text>', 'why, for the curation log')
  .action(async (name: string, opts: { role: string; reason?: string }) => {
    const graph = await connectForCli();
    try {
      const { account, token } = await createAccount(graph, { name, role: opts.role }, actor(opts.reason));
      console.error(`Created ${account.role} account "${account.name}". Its token, shown this once (send it as "Authorization: Bearer <token>"):`);
      console.log(token);
    } finally {
      await graph.close();
    }
  });

program
  .command('list')
  .description('Every account with its role and whether it is disabled (never tokens).')
  .action(async () => {
    const graph = await connectForCli();
    try {
      const accounts = await listAccounts(graph);
      if (accounts.length === 0) console.error('No accounts yet; create one with `npm run accounts -- add NAME --role curator`.');
      for (const a of accounts) console.log([a.name, a.role, a.disabledAt ? `disabled ${a.disabledAt}` : 'enabled', `created ${a.createdAt} by ${a.createdBy}`].join('\t'));
    } finally {
      await graph.close();
    }
  });

program
  .command('disable')
  .description('Refuse the account\'s token from now on; its entries in the curation log stay.')
  .argument('<name>', 'the account')
  .option('--reason <text>', 'why, for the curation log')
  .action(async (name: string, opts: { reason?: string }) => {
    const graph = await connectForCli();
    try {
      const account = await disableAccount(graph, name, actor(opts.reason));
      console.log(`Disabled "${account.name}" (${account.role}).`);
    } finally {
      await graph.close();
    }
  });

program.parseAsync().catch(reportCliError);
