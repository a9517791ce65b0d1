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
      <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLES} defaultEditorToolsVisibility />
    </StrictMode>,
  );
}
