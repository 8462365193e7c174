import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { IsoDate } from '../../common/dates.js';
import { TrendInterval } from '../../common/periods.js';
import { DateScalar } from '../../common/scalars.js';
import { GroupFilter } from '../groups/group.inputs.js';
import { Tier } from '../groups/group-type.js';
import { NominationFilter } from '../nominations/nomination.inputs.js';

export enum ExportList {
  GROUPS = 'GROUPS',
  MEMBERS = 'MEMBERS',
  REPRESENTATION = 'REPRESENTATION',
  REPRESENTATION_TREND = 'REPRESENTATION_TREND',
  NOMINATIONS = 'NOMINATIONS',
  DIALOGUE_COVERAGE = 'DIALOGUE_COVERAGE',
  DIALOGUE_ACTIONS = 'DIALOGUE_ACTIONS',
  MEETINGS = 'MEETINGS',
  ATTENDANCE = 'ATTENDANCE',
}
registerEnumType(ExportList, {
  name: 'ExportList',
  description: 'The lists the screens show, each exportable as a spreadsheet.',
});

export enum SpreadsheetFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(SpreadsheetFormat, {
  name: 'SpreadsheetFormat',
  description: 'CSV is UTF-8 with BOM and semicolons, as Swedish Excel opens it.',
});

@InputType({ description: 'The list and the same arguments the screen showing it uses.' })
export class ExportInput {
  @Field(() => ExportList)
  list: ExportList;

  @Field(() => SpreadsheetFormat)
  format: SpreadsheetFormat;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'MEMBERS (omitted: every term), REPRESENTATION, DIALOGUE_ACTIONS (overdue on this day).',
  })
  asOf?: IsoDate | null;

  @Field(() => ID, {
    nullable: true,
    description: 'MEMBERS, MEETINGS, ATTENDANCE of one group; omitted: of every group.',
  })
  groupId?: string | null;

  @Field(() => ID, { nullable: true, description: 'REPRESENTATION, REPRESENTATION_TREND, MEETINGS and ATTENDANCE.' })
  healthcareRegionId?: string | null;

  @Field(() => [Tier], { nullable: true })
  tiers?: Tier[] | null;

  @Field(() => DateScalar, { nullable: true })
  from?: IsoDate | null;

  @Field(() => DateScalar, { nullable: true })
  to?: IsoDate | null;

  @Field(() => TrendInterval, { nullable: true })
  interval?: TrendInterval | null;

  @Field(() => Int, { nullable: true, description: 'DIALOGUE_COVERAGE, MEETINGS and ATTENDANCE (default: this year).' })
  year?: number | null;

  @Field(() => GroupFilter, { nullable: true })
  groupFilter?: GroupFilter | null;

  @Field(() => NominationFilter, { nullable: true })
  nominationFilter?: NominationFilter | null;
}

@ObjectType({ description: 'A spreadsheet file, its content in base64.' })
export class ExportedFile {
  @Field(() => String)
  fileName: string;

  @Field(() => String)
  contentType: string;

  @Field(() => String)
  base64: string;

  @Field(() => Int, { description: 'Data rows, header not counted.' })
  rowCount: number;
}
