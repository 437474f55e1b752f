import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** The API serves GraphQL on the same origin as the app (Vite proxies it during development). */
export const GRAPHQL_ENDPOINT = '/graphql';

export class GraphqlRequestError extends Error {
  override readonly name = 'GraphqlRequestError';

  constructor(
    message: string,
    /** HTTP status, when the server answered at all. */
    readonly status: number | undefined,
    /** The GraphQL errors' `extensions.code`s (e.g. BAD_USER_INPUT, FORBIDDEN), in order; empty when none. */
    readonly codes: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Codes for a request the API refused as asked (an unknown URN, a school outside the caller's scope), as
 * against a failure worth retrying. */
const REFUSED_REQUEST_CODES: ReadonlySet<string> = new Set(['BAD_USER_INPUT', 'FORBIDDEN']);

/**
 * Whether the API refused the request itself (every error is BAD_USER_INPUT or FORBIDDEN): asking again gives the
 * same answer, so a page says what was wrong (e.g. "School not found"). Anything else (a server fault, a lost
 * connection) is worth retrying.
 */
export function isRefusedRequest(error: Error): boolean {
  return (
    error instanceof GraphqlRequestError &&
    error.codes.length > 0 &&
    error.codes.every((code) => REFUSED_REQUEST_CODES.has(code))
  );
}

interface GraphqlResponseBody<TResult> {
  data?: TResult | null;
  errors?: readonly { message: string; extensions?: { code?: unknown } }[];
}

const printedDocuments = new WeakMap<TypedDocumentNode<unknown, never>, string>();

function printDocument<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>): string {
  const key = document as TypedDocumentNode<unknown, never>;
  let printed = printedDocuments.get(key);
  if (printed === undefined) {
    printed = print(document);
    printedDocuments.set(key, printed);
  }
  return printed;
}

function operationNameOf(document: TypedDocumentNode<unknown, never>): string | undefined {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition') return definition.name?.value;
  }
  return undefined;
}

async function readBody<TResult>(response: Response): Promise<GraphqlResponseBody<TResult> | undefined> {
  try {
    return (await response.json()) as GraphqlResponseBody<TResult>;
  } catch {
    // A proxy or server error page is not JSON; the HTTP status explains the failure instead.
    return undefined;
  }
}

export interface ExecuteGraphqlOptions {
  signal?: AbortSignal;
}

/**
 * Runs one typed operation against the API and returns its data. GraphQL errors, HTTP failures and responses
 * without data all reject with a GraphqlRequestError, so callers (TanStack Query) see a single failure path.
 */
export async function executeGraphql<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: ExecuteGraphqlOptions = {},
): Promise<TResult> {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({
      operationName: operationNameOf(document as TypedDocumentNode<unknown, never>),
      query: printDocument(document),
      variables,
    }),
    signal: options.signal ?? null,
  });
  const body = await readBody<TResult>(response);
  if (body?.errors?.length) {
    throw new GraphqlRequestError(
      body.errors.map((error) => error.message).join('; '),
      response.status,
      body.errors.flatMap((error) =>
        typeof error.extensions?.code === 'string' ? [error.extensions.code] : [],
      ),
    );
  }
  if (!response.ok) {
    throw new GraphqlRequestError(
      `The server answered ${response.status} ${response.statusText}`.trim(),
      response.status,
    );
  }
  if (!body?.data) {
    throw new GraphqlRequestError('The server answered without any data', response.status);
  }
  return body.data;
}
