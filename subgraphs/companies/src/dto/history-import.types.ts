import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum HistoryImportKind {
  AZIENDE = 'AZIENDE',
  SEDI = 'SEDI',
  INSERIMENTI = 'INSERIMENTI',
}
registerEnumType(HistoryImportKind, { name: 'HistoryImportKind', description: 'What a history import file holds (issue 27)' });

export enum HistoryImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  UNDONE = 'UNDONE',
}
registerEnumType(HistoryImportStatus, { name: 'HistoryImportStatus' });

@InputType()
export class HistoryImportFileInput {
  @Field(() => HistoryImportKind) kind!: HistoryImportKind;
  @Field(() => String, { description: 'The file name as uploaded (kept with every imported record)' }) fileName!: string;
  @Field(() => String, { description: 'The file (CSV or XLSX), base64' }) contentBase64!: string;
}

@ObjectType()
export class HistoryImportRowError {
  @Field(() => String) file!: string;
  @Field(() => String, { nullable: true, description: 'XLSX worksheet (null for CSV)' }) sheet!: string | null;
  @Field(() => Int, { description: 'Line in the file (the header is line 1)' }) line!: number;
  @Field(() => String, { nullable: true, description: 'Column header (null when the whole row or file is at fault)' }) column!:
    string | null;
  @Field(() => String, { description: 'The reason in English, for API readers' }) reason!: string;
  @Field(() => String, { description: 'The stable reason (registry of @ixl/contracts, e.g. IMPORT_PERSON_NOT_FOUND) portals translate' })
  reasonCode!: string;
  @Field(() => GraphQLJSONObject) params!: Record<string, string | number>;
}

@ObjectType()
export class HistoryImportCheck {
  @Field(() => HistoryImportKind) kind!: HistoryImportKind;
  @Field(() => String) fileName!: string;
  @Field(() => String, { description: 'CSV or XLSX' }) format!: string;
  @Field(() => String, { nullable: true }) sheet!: string | null;
  @Field(() => String, { description: 'SHA-256 of the file' }) contentHash!: string;
  @Field(() => Int) totalRows!: number;
  @Field(() => Int) toCreate!: number;
  @Field(() => Int) toUpdate!: number;
  @Field(() => Int) unchanged!: number;
  @Field(() => [HistoryImportRowError]) errors!: HistoryImportRowError[];
}

@ObjectType()
export class HistoryImportBatch {
  @Field(() => ID) id!: string;
  @Field(() => HistoryImportKind) kind!: HistoryImportKind;
  @Field(() => String) fileName!: string;
  @Field(() => String) format!: string;
  @Field(() => String) contentHash!: string;
  @Field(() => HistoryImportStatus) status!: HistoryImportStatus;
  @Field(() => Int) totalRows!: number;
  @Field(() => Int) processedRows!: number;
  @Field(() => Int) createdCount!: number;
  @Field(() => Int) updatedCount!: number;
  @Field(() => Int) unchangedCount!: number;
  @Field(() => String, { nullable: true, description: 'Why it failed, in English for API readers (never values)' }) error!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Why it failed: the stable reason (registry of @ixl/contracts, e.g. IMPORT_ROW_REJECTED) portals translate',
  })
  errorCode!: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'The params of errorCode' }) errorParams!: Record<
    string,
    string | number
  > | null;
  @Field(() => Int, { nullable: true, description: 'The file line the import stopped at' }) errorLine!: number | null;
  @Field(() => ID, { nullable: true, description: 'The ADMIN who imported it' }) createdBy!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => ID, { nullable: true }) undoneBy!: string | null;
  @Field(() => Date, { nullable: true }) undoneAt!: Date | null;
}

@ObjectType()
export class HistoryImportColumn {
  @Field(() => String) header!: string;
  @Field(() => Boolean) required!: boolean;
  @Field(() => String) description!: string;
  @Field(() => String) example!: string;
}

@ObjectType()
export class HistoryImportLayout {
  @Field(() => HistoryImportKind) kind!: HistoryImportKind;
  @Field(() => [HistoryImportColumn]) columns!: HistoryImportColumn[];
}

@ObjectType()
export class HistoryImportSource {
  @Field(() => String) file!: string;
  @Field(() => String, { nullable: true }) sheet!: string | null;
  @Field(() => Int) line!: number;
  @Field(() => ID) batchId!: string;
  @Field(() => String, { description: 'Partita IVA (companies) or the old system id' }) externalKey!: string;
}
