import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportKind {
  PERSONS = 'PERSONS',
  GROUPS = 'GROUPS',
  MEMBERSHIPS = 'MEMBERSHIPS',
}
registerEnumType(ImportKind, { name: 'ImportKind', description: 'What the rows of a file are.' });

export enum ImportRowStatus {
  NEW = 'NEW',
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  REFUSED = 'REFUSED',
}
registerEnumType(ImportRowStatus, { name: 'ImportRowStatus' });

@ObjectType({ description: 'A field an import of a kind fills, and the header it is mapped from by default.' })
export class ImportFieldInfo {
  @Field(() => String)
  key: string;

  @Field(() => String, { description: 'The Swedish column header the exports write for this field.' })
  label: string;

  @Field(() => Boolean)
  required: boolean;
}

@ObjectType()
export class ColumnMapping {
  @Field(() => String)
  field: string;

  @Field(() => String, { description: 'The header of the column the field is read from.' })
  column: string;
}

@InputType()
export class ColumnMappingInput {
  @Field(() => String)
  field: string;

  @Field(() => String)
  column: string;
}

@InputType()
export class ImportInput {
  @Field(() => ID)
  jobId: string;

  @Field(() => ImportKind)
  kind: ImportKind;

  @Field(() => [ColumnMappingInput], {
    description: 'Which column each field is read from; unmapped optional fields are left as they are.',
  })
  mapping: ColumnMappingInput[];
}

@ObjectType({
  description: 'Why a row cannot be imported: the column and the reason, which the client words in Swedish.',
})
export class ImportProblem {
  @Field(() => String, { nullable: true })
  column: string | null;

  @Field(() => String)
  reason: string;

  @Field(() => String)
  message: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  params: Record<string, unknown> | null;
}

@ObjectType()
export class ImportRowResult {
  @Field(() => Int, { description: 'The line number in the file, as a spreadsheet program shows it.' })
  line: number;

  @Field(() => ImportRowStatus)
  status: ImportRowStatus;

  @Field(() => String, { description: 'What the row is about, e.g. the person or group it names.' })
  label: string;

  @Field(() => [String], { description: 'The fields an existing record would change.' })
  changes: string[];

  @Field(() => ImportProblem, { nullable: true })
  problem: ImportProblem | null;
}

@ObjectType({ description: 'Every row of a file classified: what a confirmed import writes, or what it wrote.' })
export class ImportResult {
  @Field(() => ImportKind)
  kind: ImportKind;

  @Field(() => Boolean, { description: 'true for the dry run, which writes nothing.' })
  dryRun: boolean;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  changed: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => Int)
  refused: number;

  @Field(() => [ImportRowResult], {
    description:
      'Every refused or changed row (up to 10,000), and the new and unchanged rows while the list holds fewer than 1,000.',
  })
  rows: ImportRowResult[];

  @Field(() => Int, { description: 'Rows counted above but not listed in `rows`.' })
  rowsOmitted: number;
}
