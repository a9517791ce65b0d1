/**
 * A schema every client can read: GraphQL Code Generator built on graphql
 * 16.8, 16.11 and 16.15 generates the README's typed client from the live
 * server (introspection) and from /schema.graphql; the example compiles
 * against what it generated, rejects a field the schema does not have, and
 * answers from the real server.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectSeededGraph } from '../support/testGraph.ts';
import { EXAMPLE_DIR, exampleWorkdir, installExample, runBin } from './support/exampleProject.ts';

/** The oldest graphql the issue names, one from the middle, and the one that added DIRECTIVE_DEFINITION. */
const GRAPHQL_VERSIONS = ['16.8.2', '16.11.0', '16.15.0'];
const KNU = 'org:kyrgyz-national-university-balasagyn';

let graph: Graph;
let api: TestApi;
const installs = new Map<string, string>();
const workdirs: string[] = [];

beforeAll(async () => {
  graph = await connectSeededGraph();
  api = await startTestApi(graph);
  // One at a time: three npm installs at once would crowd a two-core machine.
  for (const version of GRAPHQL_VERSIONS) installs.set(version, await installExample(version, (line) => console.log(`[codegen] ${line}`)));
}, 900_000);

afterAll(async () => {
  for (const dir of workdirs) rmSync(dir, { recursive: true, force: true });
  await api?.close();
  await graph?.close();
});

function workdir(version: string): string {
  const dir = exampleWorkdir(installs.get(version)!);
  workdirs.push(dir);
  return dir;
}

const generatedFiles = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(join(dir, 'gql')).map((f) => [f, readFileSync(join(dir, 'gql', f), 'utf8')]));

describe.each(GRAPHQL_VERSIONS)('GraphQL Code Generator with graphql %s', (version) => {
  it.each([
    ['the live endpoint', (url: string) => `${url}/graphql`],
    ['/schema.graphql', (url: string) => `${url}/schema.graphql`],
  ])('generates a typed client from %s that compiles and runs', async (_source, schemaUrl) => {
    const dir = workdir(version);
    const env = { EDUGRAPH_URL: api.server.url, EDUGRAPH_SCHEMA: schemaUrl(api.server.url) };
    const graphqlInstalled = JSON.parse(readFileSync(join(dir, 'node_modules', 'graphql', 'package.json'), 'utf8')) as { version: string };
    expect(graphqlInstalled.version).toBe(version);

    const generated = await runBin(dir, 'graphql-codegen', ['--config', 'codegen.ts'], env);
    expect(generated.stderr + generated.stdout).not.toMatch(/DIRECTIVE_DEFINITION|Syntax Error|FAILED/);
    expect(generated.code).toBe(0);
    // The committed gql/ is what the generator writes today (regenerate: `npm run codegen` in the example).
    expect(generatedFiles(dir)).toEqual(generatedFiles(EXAMPLE_DIR));

    const compiled = await runBin(dir, 'tsc', ['-p', 'tsconfig.json']);
    expect(compiled.stdout + compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);

    const knu = await api.gql<{ node: { name: string }; collaborators: Array<{ organization: { name: string } }> }>(
      `{ node(id: "${KNU}") { name } collaborators(id: "${KNU}", first: 10) { organization { name } } }`,
    );
    const ran = await runBin(dir, 'tsx', ['collaborators.ts', knu.data!.node.name], env);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`${knu.data!.node.name} (${KNU}): ${knu.data!.collaborators.length} collaborators`);
    expect(knu.data!.collaborators.length).toBeGreaterThan(0);
    for (const c of knu.data!.collaborators) expect(ran.stdout).toContain(c.organization.name);
  }, 180_000);
});

describe('the generated types', () => {
  it('refuse, at compile time, a result field the query did not ask for', async () => {
    const dir = workdir(GRAPHQL_VERSIONS[0]!);
    const generated = await runBin(dir, 'graphql-codegen', ['--config', 'codegen.ts'], { EDUGRAPH_URL: api.server.url });
    expect(generated.code).toBe(0);
    const script = readFileSync(join(dir, 'collaborators.ts'), 'utf8');
    writeFileSync(join(dir, 'collaborators.ts'), script.replace('c.organization.countryCode', 'c.organization.acronym'));
    const compiled = await runBin(dir, 'tsc', ['-p', 'tsconfig.json']);
    expect(compiled.code).not.toBe(0);
    expect(compiled.stdout).toMatch(/collaborators\.ts.*TS2339: Property 'acronym' does not exist/);
  }, 120_000);
});
