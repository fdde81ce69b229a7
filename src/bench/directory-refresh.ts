// Refreshing the Graph directory of 10,000 members over the fake Graph server (HTTPS on loopback, pages
// of 999 as Graph gives them): the time one refresh takes and the Graph calls it makes. Part of
// `npm run bench`; alone: `npm run --silent bench:directory`.
import { GraphDirectory } from '../directory/graph-directory';
import type { GraphMapping } from '../directory/graph-mapping';
import { graphClient } from '../graph/client';
import { FakeGraph } from '../../test/graph/fake-graph';

const TENANT = 'bench-tenant';

export async function measureDirectoryRefresh(members = 10_000, rounds = 5): Promise<{ members: number; people: number; calls: number; medianMs: number; groups: number }> {
  const graph = new FakeGraph();
  await graph.start();
  try {
    const staff = Array.from({ length: members }, (_, i) => ({ id: `user-${i}`, displayName: `Medewerker ${i}` }));
    graph.setGroup('g-staff', TENANT, staff);
    graph.setGroup(
      'g-contacts',
      TENANT,
      staff.filter((_, i) => i % 20 === 0),
    );
    graph.setGroup(
      'g-managers',
      TENANT,
      staff.filter((_, i) => i % 200 === 1),
    );
    graph.setGroup(
      'g-privacy',
      TENANT,
      staff.filter((_, i) => i % 1000 === 2),
    );
    const mapping: GraphMapping = {
      tenants: [
        {
          tenantId: TENANT,
          party: 'politie',
          groups: [
            { groupId: 'g-staff', unit: 'amsterdam', roles: ['staff'] },
            { groupId: 'g-contacts', unit: 'amsterdam', roles: ['contact'] },
            { groupId: 'g-managers', unit: 'amsterdam', roles: ['manager'] },
            { groupId: 'g-privacy', unit: 'amsterdam', roles: ['privacy-officer'] },
          ],
        },
      ],
    };
    const client = graphClient({ baseUrl: graph.baseUrl, authorityHost: graph.baseUrl, clientId: 'bench', clientSecret: 'bench', extraCa: graph.ca }, TENANT);
    const directory = new GraphDirectory(mapping, () => client);
    await directory.refresh(); // warm-up: token, TLS session, JIT
    const times: number[] = [];
    let calls = 0;
    for (let i = 0; i < rounds; i++) {
      const before = graph.calls.length;
      const started = process.hrtime.bigint();
      const report = await directory.refresh();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      calls = graph.calls.length - before;
      if (report.calls !== calls) throw new Error(`the refresh counted ${report.calls} calls, the server saw ${calls}`);
    }
    times.sort((a, b) => a - b);
    return { members, people: directory.people.length, calls, medianMs: times[Math.floor(times.length / 2)]!, groups: mapping.tenants[0]!.groups.length };
  } finally {
    await graph.stop();
  }
}

if (require.main === module) {
  measureDirectoryRefresh().then(
    (r) =>
      console.log(
        `Graph directory refresh, ${r.members.toLocaleString('en-US')} members in ${r.groups} groups (pages of 999, fake Graph over HTTPS on loopback): ${r.medianMs.toFixed(0)} ms median of 5, ${r.calls} Graph calls per refresh, ${r.people.toLocaleString('en-US')} people`,
      ),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
