import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../common/context.js';
import { ExportedFile, ExportInput } from './exports.types.js';

@Resolver()
export class ExportsResolver {
  @Query(() => ExportedFile, {
    description: 'A list as a CSV or XLSX file, with the arguments of the screen that shows it.',
  })
  async exportList(@Arg('input', () => ExportInput) input: ExportInput, @Ctx() ctx: Context): Promise<ExportedFile> {
    const file = await ctx.services.exports.export(actorOf(ctx), input);
    return {
      fileName: file.fileName,
      contentType: file.contentType,
      base64: file.content.toString('base64'),
      rowCount: file.rowCount,
    };
  }
}
