/**
 * The floor of the API benchmark: the Cypher of each query (the very
 * builders graph/queries uses) run through neo4j-driver behind a bare
 * node:http handler — no GraphQL, no resolvers, no DataLoader, no value
 * conversion beyond JSON. POST /<query> with the variables as JSON.
 */
import { createServer, type Server } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import {
  collaborationPathQuery,
  collaboratorsQuery,
  neighborhoodQuery,
  partnerSuggestionsQuery,
  searchQuery,
  type CypherQuery,
  type NodeProjection,
} from '../../graph/index.ts';

type Vars = Record<string, unknown>;

// What EduGraph reads of the nodes for the benchmark's queries (apiLoad.ts), which ask for
// ids, names and events' start dates only: the same Cypher, projection included.
const IDS_AND_NAMES: NodeProjection = { properties: [], countryCodes: false };
const EVENT_DATES: NodeProjection = { properties: ['startDate'], countryCodes: false };

export const RAW_QUERIES: Record<string, (v: Vars) => CypherQuery | null> = {
  search: (v) => searchQuery({ text: String(v.text), types: v.types as ['Organization'] | null, first: 10, projection: IDS_AND_NAMES }),
  // what EduGraph sends for the benchmark's query, which asks for no involvements or sources
  collaborators: (v) => collaboratorsQuery([String(v.id)], 20, false, { organizations: IDS_AND_NAMES, events: EVENT_DATES }),
  collaborationPath: (v) => collaborationPathQuery(String(v.from), String(v.to), 4, undefined, IDS_AND_NAMES),
  partnerSuggestions: (v) => partnerSuggestionsQuery({ id: String(v.id), first: 10 }),
  neighborhood: (v) => neighborhoodQuery({ ids: [String(v.id)], depth: 2, limit: 200 }),
};

function ints(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(ints);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ints(v)]));
  }
  return value;
}

const replacer = (_k: string, v: unknown): unknown => (neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v);

export function startRawCypherServer(driver: Driver, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const build = RAW_QUERIES[(req.url ?? '/').slice(1)];
          if (!build) throw new Error(`unknown query ${req.url}`);
          const q = build(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Vars);
          const rows = q
            ? await (async () => {
                const session = driver.session({ defaultAccessMode: neo4j.session.READ });
                try {
                  return await session.executeRead(async (tx) => (await tx.run(q.cypher, ints(q.params) as Vars)).records.map((r) => r.toObject()));
                } finally {
                  await session.close();
                }
              })()
            : [];
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: rows }, replacer));
        } catch (err) {
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
        }
      })();
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
