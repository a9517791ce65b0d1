/**
 * GraphQL over HTTP conformance, judged by graphql-http's `serverAudits` (the
 * reference implementation's own audit suite) against the real server over
 * real HTTP: every MUST and SHOULD audit passes. MAY audits are optional; the
 * ones the server declines are listed with the reason it declines them.
 * The server runs as in development, with introspection on: two audits send
 * `__type` queries, which a production server (introspection off) refuses.
 */
import { serverAudits, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/index.ts';
import { startTestApi, type TestApi } from '../support/apiServer.ts';
import { connectTestGraph } from '../support/testGraph.ts';

let graph: Graph;
let api: TestApi;

beforeAll(async () => {
  // The audits ask only for `__typename` and `__type`: no data is read, so the graph is left as it is.
  graph = await connectTestGraph();
  api = await startTestApi(graph);
});

afterAll(async () => {
  await api?.close();
  await graph?.close();
});

// A URL function: audits are listed when the file is collected, before the server has a port.
const audits = serverAudits({ url: () => `${api.server.url}/graphql` });

/**
 * MAY audits the server fails on purpose. CSRF prevention refuses a GET
 * that carries neither a Content-Type nor a preflight header
 * (`apollo-require-preflight`), which a browser could send cross-site;
 * graphql-http's GETs carry neither.
 */
const DECLINED_MAY_AUDITS: Record<string, string> = {
  '5A70': 'CSRF prevention: a plain GET without a preflight header',
  D6D5: 'CSRF prevention: a plain GET without a preflight header',
  '6A70': 'CSRF prevention: a plain GET without a preflight header',
};

/** The audit's verdict and, when it failed, what the server answered, for the failure message. */
async function describeFailure(result: AuditResult): Promise<string> {
  if (result.status === 'ok') return '';
  let body = '';
  try {
    body = (await result.response.clone().text()).slice(0, 500);
  } catch {
    body = '(body already read by the audit)';
  }
  return `${result.id} "${result.name}" failed: ${result.reason}; the server answered HTTP ${result.response.status} ${result.response.headers.get('content-type') ?? ''} ${body}`;
}

describe('graphql-http server audits', () => {
  const required = audits.filter((a) => a.name.startsWith('MUST') || a.name.startsWith('SHOULD'));
  const optional = audits.filter((a) => a.name.startsWith('MAY'));

  it('covers the audit suite: every audit is a MUST, SHOULD or MAY one, and the declined MAY audits exist', () => {
    expect(required.length + optional.length).toBe(audits.length);
    for (const id of Object.keys(DECLINED_MAY_AUDITS)) expect(optional.map((a) => a.id)).toContain(id);
  });

  describe('every MUST and SHOULD audit passes', () => {
    for (const audit of required) {
      it(`${audit.id}: ${audit.name}`, async () => {
        const result = await audit.fn();
        expect(result.status, await describeFailure(result)).toBe('ok');
      });
    }
  });

  describe('MAY audits pass unless declined on purpose', () => {
    for (const audit of optional) {
      const declined = DECLINED_MAY_AUDITS[audit.id];
      it(`${audit.id}: ${audit.name}${declined ? ` — declined (${declined})` : ''}`, async () => {
        const result = await audit.fn();
        if (declined) expect(result.status).toBe('notice');
        else expect(result.status, await describeFailure(result)).toBe('ok');
      });
    }
  });
});
