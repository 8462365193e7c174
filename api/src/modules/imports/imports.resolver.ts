import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { ImportJob } from './import-job.entity.js';
import { ColumnMapping, ImportFieldInfo, ImportInput, ImportKind, ImportResult } from './import.types.js';

@Resolver(() => ImportJob)
export class ImportsResolver {
  @Query(() => ImportJob, { description: 'ADMIN and COORDINATOR: a file uploaded with `POST /imports`.' })
  importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.imports.job(actorOf(ctx), id);
  }

  @Query(() => ImportResult, {
    description: 'The dry run: every row classified as new, changed, unchanged or refused. Writes nothing.',
  })
  importPreview(@Arg('input', () => ImportInput) input: ImportInput, @Ctx() ctx: Context) {
    return ctx.services.imports.run(actorOf(ctx), input, true, ctx.signal);
  }

  @Mutation(() => ImportResult, {
    description:
      'Imports the rows that are not refused, in chunks of a few hundred rows, recorded in the audit trail; a job is imported once.',
  })
  confirmImport(@Arg('input', () => ImportInput) input: ImportInput, @Ctx() ctx: Context) {
    return ctx.services.imports.run(actorOf(ctx), input, false, ctx.signal);
  }

  @FieldResolver(() => [ImportFieldInfo], { description: 'The fields an import of this kind fills.' })
  fields(@Arg('kind', () => ImportKind) kind: ImportKind, @Ctx() { services }: Context) {
    return services.imports.fields(kind);
  }

  @FieldResolver(() => [ColumnMapping], { description: "The columns matched to the kind's fields by their headers." })
  suggestedMapping(
    @Root() job: ImportJob,
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Ctx() { services }: Context,
  ) {
    return services.imports.suggestMapping(job, kind);
  }
}
