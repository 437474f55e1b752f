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
