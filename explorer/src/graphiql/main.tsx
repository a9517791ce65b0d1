/**
 * The GraphQL IDE served at /graphql to browsers: GraphiQL bundled with the
 * explorer build (no CDN; EduGraph works offline), preloaded with example
 * queries for the questions users ask.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLES } from './examples.ts';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

/** POST JSON to the same origin's /graphql, with the headers typed in the IDE (e.g. the admin token). */
const fetcher: Fetcher = async (params, opts) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(opts?.headers ?? {}),
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLES} defaultEditorToolsVisibility>
        {/* The SDL for code generators (api/schemaFile.ts); the Docs pane shows the same schema. */}
        <GraphiQL.Logo>
          <a className="graphiql-logo-link" href="/schema.graphql" target="_blank" rel="noreferrer" title="The schema as SDL, for code generators">
            schema.graphql
          </a>
        </GraphiQL.Logo>
      </GraphiQL>
    </StrictMode>,
  );
}
