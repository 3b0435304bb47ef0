import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { errorMessage, IMPORT_KINDS, IMPORT_LAYOUTS, type ErrorReason } from '@ixl/contracts';
import { requireRole, type SubgraphContext } from '@ixl/subgraph-kit';
import {
  HistoryImportBatch,
  HistoryImportCheck,
  HistoryImportFileInput,
  HistoryImportKind,
  HistoryImportLayout,
  HistoryImportSource,
  HistoryImportStatus,
} from '../dto/history-import.types.js';
import { HistoryImportService, runImportBatch, type ImportBatchRow } from '../services/history-import.service.js';

/** A batch as the API gives it: the failure's reason also in English, with its line. */
function toBatch(b: ImportBatchRow): HistoryImportBatch {
  const error = b.errorCode
    ? `${errorMessage(b.errorCode as ErrorReason, b.errorParams ?? {})}${b.errorLine ? ` (line ${b.errorLine})` : ''}`
    : null;
  return { ...b, kind: b.kind as HistoryImportKind, status: b.status as HistoryImportStatus, error };
}

/** The history import of companies, sites and placements (issue 27): ADMIN only. */
@Resolver()
export class HistoryImportResolver {
  @Query(() => [HistoryImportLayout], { description: 'ADMIN: the column layout of each kind of history import file (Italian headers)' })
  historyImportLayouts(@Ctx() ctx: SubgraphContext): HistoryImportLayout[] {
    requireRole(ctx.caller, 'ADMIN');
    return IMPORT_KINDS.map((kind) => ({ kind: kind as HistoryImportKind, columns: [...IMPORT_LAYOUTS[kind]] }));
  }

  @Mutation(() => HistoryImportCheck, {
    description: 'ADMIN: check a history file (CSV or XLSX): every bad row with file, sheet, line, column and reason; nothing is written',
  })
  async checkHistoryImport(
    @Arg('input', () => HistoryImportFileInput) input: HistoryImportFileInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HistoryImportCheck> {
    const result = await new HistoryImportService(ctx.em).check(ctx.caller, input);
    return {
      ...result,
      kind: result.kind as HistoryImportKind,
      errors: result.errors.map((e) => ({ ...e, reason: errorMessage(e.reasonCode as ErrorReason, e.params) })),
    };
  }

  @Mutation(() => HistoryImportBatch, {
    description:
      'ADMIN: check the file again and import it in the background (progress in historyImportBatch); refused with IMPORT_HAS_ERRORS when it has errors',
  })
  async startHistoryImport(
    @Arg('input', () => HistoryImportFileInput) input: HistoryImportFileInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HistoryImportBatch> {
    const batch = await new HistoryImportService(ctx.em).start(ctx.caller, input);
    // The work goes on after the answer; a process that stops leaves it to the next (resume-history-imports).
    void runImportBatch(ctx.em.fork(), batch.id).catch(() => undefined);
    return toBatch(batch);
  }

  @Query(() => HistoryImportBatch, { description: 'ADMIN: one import batch and its progress' })
  async historyImportBatch(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<HistoryImportBatch> {
    return toBatch(await new HistoryImportService(ctx.em).batch(ctx.caller, id));
  }

  @Query(() => [HistoryImportBatch], { description: 'ADMIN: the import batches, newest first (who imported what, when)' })
  async historyImportBatches(
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HistoryImportBatch[]> {
    return (await new HistoryImportService(ctx.em).batches(ctx.caller, limit)).map(toBatch);
  }

  @Query(() => HistoryImportSource, {
    nullable: true,
    description: 'ADMIN: the file and line an imported company, site or placement came from',
  })
  async historyImportSource(@Arg('entityId', () => ID) entityId: string, @Ctx() ctx: SubgraphContext): Promise<HistoryImportSource | null> {
    requireRole(ctx.caller, 'ADMIN');
    return new HistoryImportService(ctx.em).sourceOf(ctx.caller, entityId);
  }

  @Mutation(() => HistoryImportBatch, { description: 'ADMIN: undo a whole finished batch while nothing depends on it' })
  async undoHistoryImport(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext): Promise<HistoryImportBatch> {
    return toBatch(await new HistoryImportService(ctx.em).undo(ctx.caller, id));
  }
}
