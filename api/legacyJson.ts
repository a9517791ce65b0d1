import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import express from 'express';

/**
 * The media types Apollo chooses between for a single result, in its order:
 * on a tie (no Accept header, a wildcard, both types listed alike)
 * application/json wins.
 */
const SINGLE_RESULT_TYPES = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/** What the context carries for `legacyJsonStatus`, set per request by the HTTP layer (server.ts); resolvers never read it. */
export interface ResponseMediaType {
  /** whether the answer goes out as application/json, not application/graphql-response+json; asked only of a 400 */
  answersLegacyJson?: () => boolean;
}

type Accepts = (this: Pick<IncomingMessage, 'headers'>, types: string[]) => string | false;

/**
 * Whether Apollo will answer this request in application/json. Express's
 * `req.accepts` runs the same negotiator over the same list as Apollo does,
 * so both reach the same choice; the plugin below cannot see the choice
 * itself, as Apollo sets the Content-Type only after every plugin hook.
 */
export function answersLegacyJson(req: Pick<IncomingMessage, 'headers'>): boolean {
  // Express's own req.accepts, which reads nothing but the headers, for a request that may not have passed through Express (graphqlFastPath.ts).
  return (express.request.accepts as Accepts).call(req, SINGLE_RESULT_TYPES) !== SINGLE_RESULT_TYPES[1];
}

/**
 * Errors of the GraphQL request itself, in a well-formed HTTP request: the
 * document does not parse or validate (the cost and armor limits are
 * validation rules), no operation matches, or the variables do not coerce.
 */
const GRAPHQL_REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP's legacy watershed: an application/json answer to a
 * well-formed request SHOULD be 200 whatever its GraphQL errors, because
 * clients from before application/graphql-response+json read the errors
 * from the body and may treat any 4xx as a transport failure. Apollo
 * answers 400 in both media types; this turns the 400 of a request error
 * back into 200 for application/json only. application/graphql-response+json
 * keeps its 400, and everything that is about the HTTP request rather than
 * the document keeps its status: a malformed body or missing query
 * (BAD_REQUEST), CSRF refusals, 401/403, 405 for a mutation over GET, 429.
 */
export function legacyJsonStatus<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.http.status !== 400 || response.body.kind !== 'single' || !(contextValue as ResponseMediaType).answersLegacyJson?.()) return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (errors.every((e) => GRAPHQL_REQUEST_ERRORS.has(String(e.extensions?.code)))) response.http.status = 200;
        },
      };
    },
  };
}
