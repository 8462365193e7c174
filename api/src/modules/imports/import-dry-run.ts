/** The records a dry run has created, kept across its rolled-back chunks. */
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * A dry run rolls back each chunk, so records created by an earlier chunk are gone when a later row names them (a
 * person on two rows, a group and its parent). The shadow keeps what the dry run created and writes a record back,
 * inside the current chunk's transaction, when a row needs it; the chunk's rollback removes it again.
 */
export class DryRunShadow {
  private readonly created = new Map<
    string,
    { target: EntityTarget<ObjectLiteral>; entity: ObjectLiteral; requires: string[] }
  >();
  /** Records to write back with another: a person's new memberships, for the overlap check. */
  private readonly followers = new Map<string, string[]>();
  private present = new Set<string>();

  beginChunk(): void {
    this.present = new Set();
  }

  add(
    target: EntityTarget<ObjectLiteral>,
    entity: ObjectLiteral & { id: string },
    requires: (string | null)[] = [],
    follows: string | null = null,
  ): void {
    this.created.set(entity.id, {
      target,
      entity: { ...entity },
      requires: requires.filter((id): id is string => !!id),
    });
    this.present.add(entity.id);
    if (follows) this.followers.set(follows, [...(this.followers.get(follows) ?? []), entity.id]);
  }

  async ensure(em: EntityManager, id: string | null | undefined): Promise<void> {
    if (!id || this.present.has(id)) return;
    this.present.add(id);
    const record = this.created.get(id);
    if (record) {
      for (const required of record.requires) await this.ensure(em, required);
      await em.getRepository(record.target).insert(record.entity);
    }
    for (const follower of this.followers.get(id) ?? []) await this.ensure(em, follower);
  }
}
