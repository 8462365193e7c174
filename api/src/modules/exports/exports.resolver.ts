import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { ExportedFile, ExportInput } from './exports.types.js';

@Resolver()
export class ExportsResolver {
  @Query(() => ExportedFile, { description: 'A list as a CSV or XLSX file, with the arguments of the screen that shows it.' })
  async exportList(@Arg('input', () => ExportInput) input: ExportInput, @Ctx() { services }: Context): Promise<ExportedFile> {
    const file = await services.exports.export(input);
    return { fileName: file.fileName, contentType: file.contentType, base64: file.content.toString('base64'), rowCount: file.rowCount };
  }
}
