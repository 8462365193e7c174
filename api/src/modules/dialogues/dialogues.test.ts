import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from '../../test-support/expect-refusal.js';
import { coordinator, factories, viewer } from '../../test-support/factories.js';
import { openTestServices } from '../../test-support/registry.js';
import type { Actor } from '../../common/actor.js';
import { UserRole } from '../../common/user-role.js';
import type { Group } from '../groups/group.entity.js';
import { GroupType } from '../groups/group-type.js';
import { ActionStatus, Dialogue, DialogueAnswer } from './dialogue.entity.js';

const lead: Actor = { userId: 'lead', role: UserRole.DIALOGUE_LEAD, regionId: null };
let env: Awaited<ReturnType<typeof openTestServices>>;
let f: ReturnType<typeof factories>;
let universityRpo: Group;
let rpo: Group;
let rsg: Group;
const q: Record<string, string> = {};

beforeAll(async () => {
  env = await openTestServices({ clock: { today: () => '2026-11-23' } });
  f = factories(env.services);
  const norra = (await f.healthcareRegion('NORRA')).id;
  universityRpo = await env.services.groups.create(coordinator, {
    name: 'Cancer',
    type: GroupType.RPO,
    healthcareRegionId: norra,
    universityHealthcare: true,
  });
  rpo = await f.group(GroupType.RPO, { healthcareRegionId: norra });
  rsg = await f.group(GroupType.RSG, { healthcareRegionId: norra });
  const question = (
    key: string,
    appliesTo: GroupType[],
    universityHealthcareOnly = false,
    goal: string | null = null,
  ) =>
    env.services.dialogues.createQuestion(lead, {
      year: 2024,
      key,
      text: `Fråga om ${key}`,
      appliesTo,
      universityHealthcareOnly,
      goal,
    });
  q.levels = (await question('nivastrukturering', [GroupType.RPO], true, 'Mål 2')).id;
  q.agreement = (await question('regionavtal', [GroupType.RPO], false, 'Mål 6')).id;
  q.local = (await question('nara-vard', [GroupType.RPO, GroupType.RSG])).id;
});
afterAll(() => env.close());

const counts = async () => ({
  dialogues: await env.db.getRepository(Dialogue).count(),
  answers: await env.db.getRepository(DialogueAnswer).count(),
});

describe('follow-up dialogues', () => {
  it('counts coverage: required are the active groups asked, answered those whose dialogue answers', async () => {
    const before = await env.services.dialogues.coverage(2024, 'nivastrukturering');
    expect(before).toMatchObject({ required: 1, answered: 0, complete: false });
    expect(before.missing.map((g) => g.id)).toEqual([universityRpo.id]);
    const member = await f.person();
    await f.membership(universityRpo, member, {
      representedRegionId: (await f.region('25')).id,
      startDate: '2024-01-01',
    });
    await env.services.dialogues.log(lead, {
      groupId: universityRpo.id,
      heldOn: '2024-10-15',
      supplementary: false,
      participantIds: [member.id],
      answers: [
        { questionId: q.levels!, text: 'Vi centraliserar avancerad kirurgi till Umeå.' },
        { questionId: q.agreement!, text: '   ' },
      ],
      actions: [{ description: 'Ta fram uppföljningsplan', ownerName: 'RPO:s ordförande', dueDate: '2025-03-31' }],
    });
    expect(await env.services.dialogues.coverage(2024, 'nivastrukturering')).toMatchObject({
      required: 1,
      answered: 1,
      complete: true,
      missing: [],
    });
    const agreement = await env.services.dialogues.coverage(2024, 'regionavtal');
    expect(agreement).toMatchObject({ required: 2, answered: 0, complete: false });
    const overview = await env.services.dialogues.overview(2024);
    expect(overview.goals).toEqual([
      { goal: 'Mål 2', questionKey: 'nivastrukturering', met: true },
      { goal: 'Mål 6', questionKey: 'regionavtal', met: false },
    ]);
    expect(overview.rows.find((r) => r.group.id === rsg.id)?.required).toEqual(['nara-vard']);
    expect((await env.services.dialogues.overdueActions(null)).map((a) => a.description)).toEqual([
      'Ta fram uppföljningsplan',
    ]);
  });

  it('refuses bad dialogues with a clear reason and writes nothing', async () => {
    const outsider = await f.person();
    const log = (fields: Partial<Parameters<typeof env.services.dialogues.log>[1]>) =>
      env.services.dialogues.log(lead, {
        groupId: rpo.id,
        heldOn: '2024-11-01',
        supplementary: false,
        participantIds: [],
        answers: [],
        actions: [],
        ...fields,
      });
    await expectRefusal(
      () => log({ answers: [{ questionId: q.levels!, text: 'x' }] }),
      { code: 'BAD_USER_INPUT', reason: 'QUESTION_NOT_APPLICABLE' },
      counts,
    );
    await expectRefusal(
      () => log({ heldOn: '2025-02-01', answers: [{ questionId: q.agreement!, text: 'x' }] }),
      { code: 'BAD_USER_INPUT', reason: 'QUESTION_OF_ANOTHER_YEAR' },
      counts,
    );
    await expectRefusal(
      () => log({ participantIds: [outsider.id] }),
      { code: 'BAD_USER_INPUT', reason: 'PARTICIPANT_NOT_MEMBER' },
      counts,
    );
    await expectRefusal(
      () => log({ year: 2024, heldOn: '2023-12-31' }),
      { code: 'BAD_USER_INPUT', reason: 'DATE_OUTSIDE_YEAR' },
      counts,
    );
    await expectRefusal(
      () => log({ heldOn: '2027-01-01' }),
      { code: 'BAD_USER_INPUT', reason: 'DATE_IN_FUTURE' },
      counts,
    );
    await expectRefusal(
      () =>
        env.services.dialogues.log(viewer, {
          groupId: rpo.id,
          heldOn: '2024-11-01',
          supplementary: false,
          participantIds: [],
          answers: [],
          actions: [],
        }),
      { code: 'FORBIDDEN' },
      counts,
    );
  });

  it('allows one dialogue per group and year unless marked supplementary', async () => {
    const log = (supplementary: boolean) =>
      env.services.dialogues.log(lead, {
        groupId: rsg.id,
        heldOn: '2024-09-01',
        supplementary,
        participantIds: [],
        answers: [{ questionId: q.local!, text: 'Svar' }],
        actions: [],
      });
    await log(false);
    await expectRefusal(() => log(false), { code: 'CONFLICT', reason: 'DIALOGUE_EXISTS' }, counts);
    expect((await log(true)).supplementary).toBe(true);
  });

  it('keeps the earlier state when a dialogue is edited, and follows actions up', async () => {
    const dialogue = await env.services.dialogues.log(lead, {
      groupId: rpo.id,
      heldOn: '2024-11-05',
      supplementary: false,
      participantIds: [],
      answers: [{ questionId: q.agreement!, text: 'Första svaret' }],
      actions: [{ description: 'Åtgärd', ownerName: 'Processledaren', dueDate: '2024-12-31' }],
    });
    const edited = await env.services.dialogues.update(lead, {
      id: dialogue.id,
      expectedVersion: dialogue.version,
      answers: [{ questionId: q.agreement!, text: 'Rättat svar' }],
    });
    expect((await env.services.dialogues.answersOf([edited.id])).map((a) => a.text)).toEqual(['Rättat svar']);
    const [revision] = await env.services.dialogues.revisionsOf([dialogue.id]);
    expect(JSON.parse(revision!.snapshot).answers).toEqual([{ questionId: q.agreement, text: 'Första svaret' }]);
    await expectRefusal(
      () => env.services.dialogues.update(lead, { id: dialogue.id, expectedVersion: dialogue.version, notes: 'x' }),
      { code: 'CONFLICT', reason: 'STALE_VERSION' },
    );
    const [action] = await env.services.dialogues.actionsOf([dialogue.id]);
    expect((await env.services.dialogues.openActionsOfGroups([rpo.id])).map((a) => a.id)).toContain(action!.id);
    await env.services.dialogues.setActionStatus(lead, action!.id, ActionStatus.DONE);
    expect((await env.services.dialogues.openActionsOfGroups([rpo.id])).map((a) => a.id)).not.toContain(action!.id);
  });

  it("copies a year's question set into the next year", async () => {
    const copied = await env.services.dialogues.copyQuestions(lead, 2024, 2025);
    expect(copied.map((x) => [x.year, x.key])).toEqual([
      [2025, 'nivastrukturering'],
      [2025, 'regionavtal'],
      [2025, 'nara-vard'],
    ]);
    await expectRefusal(
      () =>
        env.services.dialogues.createQuestion(lead, {
          year: 2025,
          key: 'regionavtal',
          text: 'x',
          appliesTo: [GroupType.RPO],
          universityHealthcareOnly: false,
        }),
      {
        code: 'CONFLICT',
        reason: 'QUESTION_EXISTS',
      },
    );
  });
});
