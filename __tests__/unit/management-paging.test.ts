import type { ManagementClient } from '../../src/auth0/management.js';
import { findAppsByName, getGrant } from '../../src/auth0/management.js';

/** A stand-in for the SDK that answers list calls with the given raw bodies, recording the queries. */
function fakeClients(bodies: (query: Record<string, unknown>) => unknown) {
  const queries: Record<string, unknown>[] = [];
  const list = async (query: Record<string, unknown>) => {
    queries.push(query);
    return { response: bodies(query) };
  };
  return { mgmt: { clients: { list }, clientGrants: { list } } as unknown as ManagementClient, queries };
}

const apps = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ client_id: `id${from + i}`, name: `App ${from + i}` }));

describe('findAppsByName', () => {
  it('uses the total to fetch the remaining pages at once', async () => {
    const all = [...apps(230), { client_id: 'x', name: 'OpenMetadata Ingestion' }];
    const { mgmt, queries } = fakeClients(q => ({
      total: all.length,
      clients: all.slice((q.page as number) * 100, (q.page as number) * 100 + 100)
    }));
    expect(await findAppsByName(mgmt, 'OpenMetadata Ingestion')).toEqual([
      { client_id: 'x', name: 'OpenMetadata Ingestion' }
    ]);
    expect(queries.map(q => q.page)).toEqual([0, 1, 2]);
    expect(queries[0]).toMatchObject({ per_page: 100, include_totals: true, include_fields: true });
  });

  it('pages a bare array (no total) until a short page', async () => {
    const all = [...apps(200), { client_id: 'x', name: 'Target' }];
    const { mgmt, queries } = fakeClients(q =>
      all.slice((q.page as number) * 100, (q.page as number) * 100 + 100)
    );
    expect((await findAppsByName(mgmt, 'Target')).map(a => a.client_id)).toEqual(['x']);
    expect(queries.map(q => q.page)).toEqual([0, 1, 2]);
  });

  it('treats an answer without a list as malformed, never as "no app"', async () => {
    const { mgmt } = fakeClients(() => ({ ok: false, error: { reason: 'non-json' } }));
    await expect(findAppsByName(mgmt, 'Target')).rejects.toThrow(/malformed/);
  });
});

describe('getGrant', () => {
  it('follows the checkpoint until it finds the grant', async () => {
    const { mgmt, queries } = fakeClients(q =>
      q.from
        ? { client_grants: [{ id: 'g2', client_id: 'c', audience: 'a', scope: ['read:users'] }] }
        : { client_grants: [{ id: 'g1', client_id: 'other', audience: 'a' }], next: 'g2' }
    );
    expect(await getGrant(mgmt, 'c', 'a')).toEqual({
      id: 'g2',
      client_id: 'c',
      audience: 'a',
      scope: ['read:users']
    });
    expect(queries.map(q => q.from)).toEqual([undefined, 'g2']);
  });

  it('fails, naming the request, when the checkpoint never ends (never "no grant")', async () => {
    const { mgmt, queries } = fakeClients(q => ({
      client_grants: [{ id: `g${String(q.from ?? 0)}`, client_id: 'other', audience: 'a', scope: [] }],
      next: `${Number(q.from ?? 0) + 1}`
    }));
    await expect(getGrant(mgmt, 'c', 'a')).rejects.toThrow(
      'GET /api/v2/client-grants answered with a malformed body (a next page still after 100 pages'
    );
    expect(queries).toHaveLength(100);
  });
});
