/**
 * The year's coverage of the question set: which ACTIVE groups each question is asked of, which of them a dialogue of
 * the year answered, and the goals met.
 */
import { type DataSource, In } from 'typeorm';
import { notFound } from '../../common/errors.js';
import { Group } from '../groups/group.entity.js';
import { GroupStatus } from '../groups/group-type.js';
import { Dialogue, DialogueAnswer, DialogueQuestion } from './dialogue.entity.js';
import { appliesTo, type DialogueQuestions } from './dialogue-questions.js';
import type { DialogueCoverage, DialogueYearOverview } from './dialogue.types.js';

export class DialogueCoverages {
  constructor(
    private readonly db: DataSource,
    private readonly questionSets: DialogueQuestions,
  ) {}

  /** The contract's coverage: ACTIVE groups the question applies to, and those whose dialogue that year answers it. */
  async coverage(year: number, questionKey: string): Promise<DialogueCoverage> {
    const question = await this.db.getRepository(DialogueQuestion).findOneBy({ year, key: questionKey });
    if (!question) throw notFound('DialogueQuestion', `${year}/${questionKey}`);
    const [result] = await this.coverages(year, [question]);
    return result!;
  }

  async overview(year: number): Promise<DialogueYearOverview> {
    const questions = await this.questionSets.questions(year);
    const groups = await this.activeGroupsAskedAny(questions);
    const answered = await this.answeredKeys(year);
    const dialogues = await this.db.getRepository(Dialogue).find({ where: { year }, order: { heldOn: 'ASC' } });
    const coverage = await this.coverages(year, questions, groups, answered);
    return {
      year,
      questions,
      rows: groups.map((group) => ({
        group,
        dialogues: dialogues.filter((d) => d.groupId === group.id),
        required: questions.filter((q) => appliesTo(q, group)).map((q) => q.key),
        answered: [...(answered.get(group.id) ?? [])],
      })),
      coverage,
      goals: questions
        .filter((q) => q.goal)
        .map((q) => ({
          goal: q.goal!,
          questionKey: q.key,
          met: coverage.find((c) => c.questionKey === q.key)!.complete,
        })),
    };
  }

  private async coverages(
    year: number,
    questions: DialogueQuestion[],
    groups?: Group[],
    answered?: Map<string, Set<string>>,
  ): Promise<DialogueCoverage[]> {
    const candidates = groups ?? (await this.activeGroupsAskedAny(questions));
    const answeredKeys = answered ?? (await this.answeredKeys(year));
    return questions.map((question) => {
      const required = candidates.filter((g) => appliesTo(question, g));
      const missing = required.filter((g) => !answeredKeys.get(g.id)?.has(question.key));
      return {
        year,
        questionKey: question.key,
        required: required.length,
        answered: required.length - missing.length,
        complete: missing.length === 0,
        missing,
      };
    });
  }

  private async activeGroupsAskedAny(questions: DialogueQuestion[]): Promise<Group[]> {
    const types = [...new Set(questions.flatMap((q) => q.appliesTo))];
    if (!types.length) return [];
    return this.db
      .getRepository(Group)
      .find({ where: { status: GroupStatus.ACTIVE, type: In(types) }, order: { type: 'ASC', searchKey: 'ASC' } });
  }

  /** Group id → keys of the questions its dialogues of the year answer with some text. */
  private async answeredKeys(year: number): Promise<Map<string, Set<string>>> {
    const rows = await this.db
      .getRepository(DialogueAnswer)
      .createQueryBuilder('a')
      .innerJoin(Dialogue, 'd', 'd.id = a.dialogueId')
      .innerJoin(DialogueQuestion, 'q', 'q.id = a.questionId')
      .select('d.groupId', 'groupId')
      .addSelect('q.key', 'key')
      .where('d.year = :year', { year })
      .distinct(true)
      .getRawMany<{ groupId: string; key: string }>();
    const result = new Map<string, Set<string>>();
    for (const { groupId, key } of rows) result.set(groupId, (result.get(groupId) ?? new Set()).add(key));
    return result;
  }
}
