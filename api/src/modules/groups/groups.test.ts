import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import { AuditEntityType, AuditEvent } from '../audit/audit-event.entity.js';
import {
  bodyTypesOfTier,
  GroupStatus,
  GroupType,
  Tier,
  counterpartTypeOf,
  parentTypeOf,
  tierOf,
  typesOfTier,
} from './group-type.js';

let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;

beforeAll(async () => {
  env = await openTestServices();
  f = factories(env.services);
});
afterAll(() => env.close());

describe('group types', () => {
  it('derive tier and structure from the type', () => {
    expect(tierOf(GroupType.NAG)).toBe(Tier.NATIONAL);
    expect(tierOf(GroupType.RSG)).toBe(Tier.HEALTHCARE_REGION);
    expect(tierOf(GroupType.LPO)).toBe(Tier.LOCAL);
    expect(parentTypeOf(GroupType.NAG)).toBe(GroupType.NPO);
    expect(parentTypeOf(GroupType.LAG)).toBe(GroupType.LPO);
    expect(parentTypeOf(GroupType.RSG)).toBeNull();
    expect(counterpartTypeOf(GroupType.RPO)).toBe(GroupType.NPO);
    expect(counterpartTypeOf(GroupType.LPO)).toBe(GroupType.RPO);
    expect(counterpartTypeOf(GroupType.LSG)).toBe(GroupType.RSG);
    expect(counterpartTypeOf(GroupType.NPO)).toBeNull();
  });

  it('place bodies on a tier without parent or counterpart, apart from the nine types', () => {
    expect(tierOf(GroupType.BG)).toBe(Tier.HEALTHCARE_REGION);
    expect(tierOf(GroupType.NATIONAL_BODY)).toBe(Tier.NATIONAL);
    expect([parentTypeOf(GroupType.FD), counterpartTypeOf(GroupType.RSK)]).toEqual([null, null]);
    expect(typesOfTier(Tier.NATIONAL)).toEqual([GroupType.NPO, GroupType.NAG, GroupType.NSG]);
    expect(bodyTypesOfTier(Tier.NATIONAL)).toEqual([GroupType.NATIONAL_BODY]);
  });
});

describe('bodies', () => {
  it('belong to a healthcare region, national bodies too, and are listed only when asked for', async () => {
    const norra = await f.healthcareRegion('NORRA');
    const bg = await f.group(GroupType.BG, { healthcareRegionId: norra.id });
    const national = await f.group(GroupType.NATIONAL_BODY, { healthcareRegionId: norra.id });
    await expectRefusal(() => f.group(GroupType.FD), { code: 'BAD_USER_INPUT', reason: 'GROUP_OWNER_REQUIRED' });
    await expectRefusal(() => f.group(GroupType.NATIONAL_BODY), {
      code: 'BAD_USER_INPUT',
      reason: 'GROUP_OWNER_REQUIRED',
    });
    const ids = async (filter: Parameters<typeof env.services.groups.all>[0]) =>
      (await env.services.groups.all(filter)).map((g) => g.id);
    expect(await ids({})).not.toContain(bg.id);
    expect(await ids({ tier: Tier.NATIONAL })).not.toContain(national.id);
    expect(await ids({ includeBodies: true })).toEqual(expect.arrayContaining([bg.id, national.id]));
    expect(await ids({ types: [GroupType.BG] })).toContain(bg.id);
  });
});

describe('createGroup', () => {
  it('builds the mirrored structure: NPO ← RPO ← LPO with working groups under them, owners inherited', async () => {
    const norra = await f.healthcareRegion('NORRA');
    const norrbotten = await f.region('25');
    const npo = await f.npo();
    const nag = await f.group(GroupType.NAG, { parentId: npo.id });
    const rpo = await f.group(GroupType.RPO, { healthcareRegionId: norra.id, counterpartId: npo.id });
    const rag = await f.group(GroupType.RAG, { parentId: rpo.id, counterpartId: nag.id });
    const lpo = await f.group(GroupType.LPO, { regionId: norrbotten.id, counterpartId: rpo.id });
    const lag = await f.group(GroupType.LAG, { parentId: lpo.id, counterpartId: rag.id });
    expect(rag.healthcareRegionId).toBe(norra.id);
    expect(lag.regionId).toBe(norrbotten.id);
    expect(lag.tier).toBe(Tier.LOCAL);
    expect(nag.status).toBe(GroupStatus.ACTIVE);
    // Both ways: the NPO lists its RPOs, the RPO its LPOs, one query for several groups.
    const counterparts = await env.services.groups.counterpartsOf([npo.id, rpo.id, nag.id]);
    expect(counterparts.filter((g) => g.counterpartId === npo.id).map((g) => g.id)).toEqual([rpo.id]);
    expect(counterparts.filter((g) => g.counterpartId === rpo.id).map((g) => g.id)).toEqual([lpo.id]);
    expect(counterparts.filter((g) => g.counterpartId === nag.id).map((g) => g.id)).toEqual([rag.id]);
  });

  it.each([
    [
      'a NAG whose parent is not an NPO',
      async () => ({ type: GroupType.NAG, parentId: (await f.group(GroupType.NSG)).id }),
      'GROUP_PARENT_TYPE',
    ],
    [
      'a parent for a programme area',
      async () => ({ type: GroupType.NPO, parentId: (await f.npo()).id }),
      'GROUP_PARENT_NOT_ALLOWED',
    ],
    ['an RPO without a healthcare region', async () => ({ type: GroupType.RPO }), 'GROUP_OWNER_REQUIRED'],
    ['an LSG without a region', async () => ({ type: GroupType.LSG }), 'GROUP_OWNER_REQUIRED'],
    [
      'a region on a national group',
      async () => ({ type: GroupType.NSG, regionId: (await f.region('25')).id }),
      'GROUP_OWNER_NOT_ALLOWED',
    ],
    [
      'a host on a NAG',
      async () => ({ type: GroupType.NAG, healthcareRegionId: (await f.healthcareRegion('NORRA')).id }),
      'GROUP_OWNER_NOT_ALLOWED',
    ],
    [
      'a counterpart on a national group',
      async () => ({ type: GroupType.NPO, counterpartId: (await f.npo()).id }),
      'GROUP_COUNTERPART_NOT_ALLOWED',
    ],
    [
      'an RPO whose counterpart is an NSG',
      async () => ({
        type: GroupType.RPO,
        healthcareRegionId: (await f.healthcareRegion('NORRA')).id,
        counterpartId: (await f.group(GroupType.NSG)).id,
      }),
      'GROUP_COUNTERPART_TYPE',
    ],
    [
      'an LPO whose counterpart RPO belongs to another healthcare region',
      async () => ({
        type: GroupType.LPO,
        regionId: (await f.region('25')).id,
        counterpartId: (await f.group(GroupType.RPO, { healthcareRegionId: (await f.healthcareRegion('SODRA')).id }))
          .id,
      }),
      'GROUP_COUNTERPART_OWNER',
    ],
    [
      'a RAG under an RPO of another healthcare region',
      async () => ({
        type: GroupType.RAG,
        healthcareRegionId: (await f.healthcareRegion('NORRA')).id,
        parentId: (await f.group(GroupType.RPO, { healthcareRegionId: (await f.healthcareRegion('VASTRA')).id })).id,
      }),
      'GROUP_PARENT_OWNER',
    ],
    ['a blank name', async () => ({ type: GroupType.NSG, name: '   ' }), 'REQUIRED'],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_label, build, reason) => {
    const fields = await build();
    await expectRefusal(
      () => env.services.groups.create(coordinator, { name: 'Ny grupp', ...fields }),
      { code: 'BAD_USER_INPUT', reason },
      f.counts,
    );
  });

  it('refuses an unknown parent with NOT_FOUND', async () => {
    await expectRefusal(
      () => env.services.groups.create(coordinator, { name: 'X', type: GroupType.NAG, parentId: 'no-such-id' }),
      { code: 'NOT_FOUND' },
      f.counts,
    );
  });

  it('refuses a viewer with FORBIDDEN', async () => {
    await expectRefusal(
      () => env.services.groups.create(viewer, { name: 'X', type: GroupType.NSG }),
      { code: 'FORBIDDEN' },
      f.counts,
    );
  });
});

describe('updateGroup and archiveGroup', () => {
  it('applies the tier rules to an edit and detects a stale version', async () => {
    const npo = await f.npo();
    const nag = await f.group(GroupType.NAG, { parentId: npo.id });
    const renamed = await env.services.groups.update(coordinator, {
      id: nag.id,
      name: 'Diabetes',
      expectedVersion: nag.version,
    });
    expect(renamed.name).toBe('Diabetes');
    expect(renamed.version).toBe(nag.version + 1);
    await expectRefusal(
      () => env.services.groups.update(coordinator, { id: nag.id, name: 'Old edit', expectedVersion: nag.version }),
      { code: 'CONFLICT', reason: 'STALE_VERSION' },
    );
    const nsg = await f.group(GroupType.NSG);
    await expectRefusal(() => env.services.groups.update(coordinator, { id: nag.id, parentId: nsg.id }), {
      code: 'BAD_USER_INPUT',
      reason: 'GROUP_PARENT_TYPE',
    });
    expect((await env.services.groups.get(nag.id)).name).toBe('Diabetes');
  });

  it('closes a group once', async () => {
    const nsg = await f.group(GroupType.NSG);
    expect((await env.services.groupClosing.closeGroup(coordinator, nsg.id)).status).toBe(GroupStatus.CLOSED);
    await expectRefusal(() => env.services.groupClosing.closeGroup(coordinator, nsg.id), {
      code: 'CONFLICT',
      reason: 'GROUP_ALREADY_CLOSED',
    });
  });

  it('records, in the same transaction, one event per term that closing a group ends or archives', async () => {
    const npo = await f.npo();
    const region = (await f.region('25')).id;
    const [ends, later, past] = [await f.person(), await f.person(), await f.person()];
    const open = await f.membership(npo, ends, { representedRegionId: region, startDate: '2020-01-01' });
    const future = await f.membership(npo, later, { representedRegionId: region, startDate: '2031-01-01' });
    await f.membership(npo, past, { representedRegionId: region, startDate: '2020-01-01', endDate: '2021-12-31' });
    await env.services.groupClosing.closeGroup(coordinator, npo.id, '2030-12-31');
    const events = await env.db
      .getRepository(AuditEvent)
      .findBy({ operation: 'archiveGroup', entityType: AuditEntityType.MEMBERSHIP });
    const mine = events.filter((e) => [open.id, future.id].includes(e.entityId));
    expect(mine).toHaveLength(2);
    const ended = JSON.parse(mine.find((e) => e.entityId === open.id)!.after!);
    expect(ended).toMatchObject({ endDate: '2030-12-31', version: open.version + 1 });
    expect(JSON.parse(mine.find((e) => e.entityId === future.id)!.after!).archivedAt).not.toBeNull();
    expect(
      events.filter((e) => e.entityId !== open.id && e.entityId !== future.id && e.after?.includes(npo.id)),
    ).toEqual([]);
  });
});

describe('listing groups', () => {
  it('filters by tier, owner and a case-insensitive Swedish search, and pages with cursors', async () => {
    const all = await env.services.groups.list({ tier: Tier.NATIONAL, types: [GroupType.NPO], search: 'ÖGON' }, {});
    expect(all.nodes.map((g) => g.name)).toEqual(['Ögonsjukdomar']);
    const first = await env.services.groups.list({ types: [GroupType.NPO] }, { first: 10 });
    const second = await env.services.groups.list(
      { types: [GroupType.NPO] },
      { first: 10, after: first.pageInfo.endCursor },
    );
    expect(first.nodes).toHaveLength(10);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(new Set([...first.nodes, ...second.nodes].map((g) => g.id)).size).toBe(20);
    expect(second.totalCount).toBe(first.totalCount);
    await expectRefusal(() => env.services.groups.list(null, { first: 101 }), {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_PAGE_SIZE',
    });
    await expectRefusal(() => env.services.groups.list(null, { after: 'not-a-cursor' }), {
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CURSOR',
    });
  });
});
