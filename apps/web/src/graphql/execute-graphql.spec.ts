import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import {
  executeGraphql,
  GRAPHQL_ENDPOINT,
  GraphqlRequestError,
  isRefusedRequest,
} from './execute-graphql.js';

interface LaNameQuery {
  laOverview: { laName: string };
}
interface LaNameVariables {
  from?: string;
}

const LaNameDocument: TypedDocumentNode<LaNameQuery, LaNameVariables> = parse(
  'query LaName($from: String) { laOverview(from: $from) { laName } }',
);

const jsonResponse = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe(executeGraphql.name, () => {
  const fetchMock = vi.fn<typeof fetch>();

  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('posts the printed operation, its name and variables as JSON to the same-origin endpoint', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ data: { laOverview: { laName: 'Synthetic Borough' } } }));

    const data = await executeGraphql(LaNameDocument, { from: '2025-09-01' });

    expect(data.laOverview.laName).toBe('Synthetic Borough');
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(GRAPHQL_ENDPOINT);
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
    const body = JSON.parse(String(init?.body)) as {
      operationName: string;
      query: string;
      variables: unknown;
    };
    expect(body.operationName).toBe('LaName');
    expect(parse(body.query)).toMatchObject({ definitions: [{ name: { value: 'LaName' } }] });
    expect(body.variables).toEqual({ from: '2025-09-01' });
  });

  it.each([
    {
      name: 'GraphQL errors',
      response: () => jsonResponse({ errors: [{ message: 'first' }, { message: 'second' }], data: null }),
      message: 'first; second',
      status: 200,
    },
    {
      name: 'GraphQL errors with a 400 status',
      response: () => jsonResponse({ errors: [{ message: 'Cannot query field' }] }, { status: 400 }),
      message: 'Cannot query field',
      status: 400,
    },
    {
      name: 'an HTTP failure with a non-JSON body',
      response: () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      message: 'The server answered 502 Bad Gateway',
      status: 502,
    },
    {
      name: 'a response without data',
      response: () => jsonResponse({}),
      message: 'The server answered without any data',
      status: 200,
    },
  ])('rejects with a GraphqlRequestError on $name', async ({ response, message, status }) => {
    fetchMock.mockResolvedValue(response());

    const failure = await executeGraphql(LaNameDocument, {}).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(GraphqlRequestError);
    expect(failure).toMatchObject({ message, status });
  });

  it('passes the abort signal to fetch so TanStack Query can cancel the request', async () => {
    fetchMock.mockResolvedValue(jsonResponse({ data: { laOverview: { laName: 'x' } } }));
    const controller = new AbortController();

    await executeGraphql(LaNameDocument, {}, { signal: controller.signal });

    expect(fetchMock.mock.calls[0]?.[1]?.signal).toBe(controller.signal);
  });

  it.each([
    { codes: ['BAD_USER_INPUT'], refused: true },
    { codes: ['FORBIDDEN', 'BAD_USER_INPUT'], refused: true },
    { codes: ['INTERNAL_SERVER_ERROR'], refused: false },
    { codes: ['BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR'], refused: false },
    { codes: [], refused: false },
  ])("keeps the errors' codes $codes: refused as asked is $refused", async ({ codes, refused }) => {
    fetchMock.mockResolvedValue(
      jsonResponse({
        errors: codes.length
          ? codes.map((code) => ({ message: code, extensions: { code } }))
          : [{ message: 'no code' }],
        data: null,
      }),
    );

    const failure = (await executeGraphql(LaNameDocument, {}).catch((error: unknown) => error)) as Error;

    expect(failure).toMatchObject({ codes });
    expect(isRefusedRequest(failure)).toBe(refused);
  });

  it('does not call a lost connection refused', () => {
    expect(isRefusedRequest(new TypeError('Failed to fetch'))).toBe(false);
  });
});
