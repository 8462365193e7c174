import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Region } from '../geography/region.entity.js';

/** The longest import text taken: SCB's file of 21 regions is about 1 kB; a file of every municipality about 10 kB. */
const MAX_IMPORT_TEXT = 200_000;

@InputType({ description: "Sets one region's population in one year." })
export class SetRegionPopulationInput {
  @Field(() => ID)
  regionId: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  population: number;

  @Field(() => Int, {
    nullable: true,
    description: "The figure's version as read; a figure changed since is refused with STALE_VERSION.",
  })
  expectedVersion?: number | null;
}

@InputType({ description: "Statistics Sweden's two-column file (county code, population) for one year." })
export class ImportRegionPopulationsInput {
  @Field(() => Int)
  year: number;

  @Field(() => String, {
    description: 'The file\'s text: "25 Norrbottens län;249 000" per line; at most 200 000 characters.',
  })
  @MaxLength(MAX_IMPORT_TEXT)
  text: string;

  @Field(() => Boolean, { description: 'true: only read the file and show what would change; nothing is written.' })
  dryRun: boolean;
}

@ObjectType({ description: 'One line of a population file: the figure read and the one kept before.' })
export class PopulationImportRow {
  @Field(() => Int)
  line: number;

  @Field(() => String)
  regionCode: string;

  @Field(() => Region)
  region: Region;

  @Field(() => Int)
  population: number;

  @Field(() => Int, { nullable: true, description: "The year's figure kept before; null when there was none." })
  previous: number | null;
}

@ObjectType({ description: 'What a population file holds, and whether it was applied.' })
export class PopulationImport {
  @Field(() => Int)
  year: number;

  @Field(() => [PopulationImportRow])
  rows: PopulationImportRow[];

  @Field(() => Boolean, { description: 'false for a dry run: nothing was written.' })
  applied: boolean;
}
