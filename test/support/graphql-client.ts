/**
 * POSTs one GraphQL request. Node's fetch keeps the connection open between requests; when a test spends
 * longer than the server's keep-alive timeout (Node's default, 5 s) between two requests, the server may close
 * the idle connection just as the next request goes out on it ("other side closed", UND_ERR_SOCKET). A
 * browser retries such a request itself; so does this, once: every request here is a query, safe to repeat.
 */
async function postRetryingStaleConnection(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<Response> {
  const send = () =>
    fetch(new URL('/graphql', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  try {
    return await send();
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code !== 'UND_ERR_SOCKET') throw error;
    return send();
  }
}

/** Posts a GraphQL operation the way the dashboard does and fails loudly on GraphQL errors. */
export async function postGraphql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await postRetryingStaleConnection(baseUrl, query, variables);
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!response.ok || !body.data) throw new Error(`GraphQL request failed with HTTP ${response.status}`);
  return body.data;
}

export interface GraphqlErrorSummary {
  message: string;
  code: string | undefined;
}

/** Posts an operation expected to fail and returns its errors' messages and codes (fails if none came). */
export async function postGraphqlExpectingErrors(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlErrorSummary[]> {
  const response = await postRetryingStaleConnection(baseUrl, query, variables);
  const body = (await response.json()) as {
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (!body.errors?.length) throw new Error('Expected GraphQL errors, got none');
  return body.errors.map((error) => ({ message: error.message, code: error.extensions?.code }));
}
