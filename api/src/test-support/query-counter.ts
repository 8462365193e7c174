import type { Logger } from 'typeorm';

/** A TypeORM logger that counts the SQL statements sent, so tests can hold request costs to a bound. */
export class QueryCounter implements Logger {
  count = 0;
  statements: string[] = [];

  logQuery(query: string): void {
    this.count += 1;
    this.statements.push(query);
  }

  reset(): void {
    this.count = 0;
    this.statements = [];
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
