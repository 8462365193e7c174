import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinator, factories } from '../../test-support/factories.js';
import { openTestServices, testDatabases } from '../../test-support/registry.js';
import { GroupType } from '../groups/group-type.js';
import { Membership } from '../memberships/membership.entity.js';
import { GroupSuccession, SuccessionKind } from './group-succession.entity.js';
import { MemberTermsOnSuccession } from './lineage.inputs.js';

describe.each(await testDatabases())('two successions of one group at once on %s', (database) => {
  let env: Awaited<ReturnType<typeof openTestServices>>;
  let f: ReturnType<typeof factories>;

  beforeAll(async () => {
    env = await openTestServices({ database });
    f = factories(env.services);
  });
  afterAll(() => env.close());

  it('lets exactly one succeed; the others are refused and leave one set of carried-over terms', async () => {
    const norra = (await f.healthcareRegion('NORRA')).id;
    const rcc = await f.group(GroupType.RSG, { healthcareRegionId: norra });
    const successors = await Promise.all(
      Array.from({ length: 4 }, () => f.group(GroupType.RPO, { healthcareRegionId: norra })),
    );
    const region = (await f.region('25')).id;
    for (let i = 0; i < 3; i++) {
      await f.membership(rcc, await f.person(), { representedRegionId: region, startDate: '2020-01-01' });
    }
    const results = await Promise.allSettled(
      [...successors, successors[0]!].map((successor) =>
        env.services.lineage.recordSuccession(coordinator, {
          predecessorIds: [rcc.id],
          successorIds: [successor.id],
          kind: SuccessionKind.TRANSFORMATION,
          takesEffectOn: '2025-01-01',
          memberTerms: MemberTermsOnSuccession.CARRY_OVER,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const codes = results.flatMap((r) =>
      r.status === 'rejected' ? [(r.reason as { extensions?: { code?: string } }).extensions?.code] : [],
    );
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(await env.db.getRepository(GroupSuccession).countBy({ predecessorId: rcc.id })).toBe(1);
    const carried = await env.db
      .getRepository(Membership)
      .createQueryBuilder('m')
      .where('m.continuesId IS NOT NULL')
      .getCount();
    expect(carried).toBe(3);
  });
});
