import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An uploaded spreadsheet waiting for its column mapping, dry run and confirmation. Kept in the database, so that
 * the steps of the wizard may reach any API instance.
 */
@ObjectType({ description: 'An uploaded spreadsheet on its way into the register.' })
@Entity('import_jobs')
export class ImportJob {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Field(() => [String], { description: "The file's header row: the columns to map." })
  @Column({ type: 'simple-json' })
  header: string[];

  /** The data rows with their line numbers, as JSON: `{ line, cells }[]`. */
  @Column({ type: 'text' })
  rows: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  rowCount: number;

  @Column({ type: 'varchar', length: 64 })
  uploadedBy: string;

  @Field(() => Date)
  @CreateDateColumn()
  uploadedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the import was confirmed; a job is imported once.' })
  @Column({ type: Date, nullable: true })
  importedAt: Date | null;
}
