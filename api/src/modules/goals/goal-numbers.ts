import type { EntityManager } from 'typeorm';
import { conflict } from '../../common/errors.js';
import type { Transactions } from '../../common/transactions.js';
import { ShareGoal } from './share-goal.entity.js';

/** Whether some goal of one kind holds the number in the healthcare region. */
export type NumberHeld = (em: EntityManager, healthcareRegionId: string, number: number) => Promise<boolean>;

/**
 * A healthcare region's goals share one numbering, share goals and operational goals alike: the annual report orders
 * and counts them by number, so a number names one goal. The share goals are found here; a module above this one with
 * numbered goals of its own adds how to find them (`alsoHeldBy`), and every kind's writes then check every kind.
 */
export class GoalNumbers {
  private readonly kinds: NumberHeld[] = [
    (em, healthcareRegionId, number) => em.getRepository(ShareGoal).existsBy({ healthcareRegionId, number }),
  ];

  constructor(private readonly tx: Transactions) {}

  alsoHeldBy(kind: NumberHeld): void {
    this.kinds.push(kind);
  }

  /**
   * Refuses a number another goal of the healthcare region holds. Call it inside the write's transaction when a goal
   * takes a number it does not hold yet: it first locks the healthcare region's row, so that of two writes giving
   * goals the same number at once, the second sees the first's goal.
   */
  async requireFree(em: EntityManager, healthcareRegionId: string, number: number): Promise<void> {
    await this.tx.lock(em, 'healthcare_regions', healthcareRegionId);
    for (const held of this.kinds) {
      if (await held(em, healthcareRegionId, number)) {
        throw conflict(`The healthcare region already has a goal ${number}.`, {
          reason: 'GOAL_NUMBER_TAKEN',
          field: 'number',
          params: { number },
        });
      }
    }
  }
}
