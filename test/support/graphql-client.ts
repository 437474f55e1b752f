/** Posts a GraphQL operation the way the dashboard does and fails loudly on GraphQL errors. */
export async function postGraphql<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(new URL('/graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
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
  const response = await fetch(new URL('/graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (!body.errors?.length) throw new Error('Expected GraphQL errors, got none');
  return body.errors.map((error) => ({ message: error.message, code: error.extensions?.code }));
}
