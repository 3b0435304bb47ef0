/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation TrainingImportAttendanceCsv($editionId: ID!, $csv: String!, $dryRun: Boolean) {\n    importAttendanceCsv(editionId: $editionId, csv: $csv, dryRun: $dryRun) {\n      accepted\n      alreadyImported\n      rows\n      uploadId\n      errors {\n        line\n        field\n        reasonCode\n        params\n      }\n    }\n  }\n": typeof types.TrainingImportAttendanceCsvDocument,
    "\n  query TrainingCourseEditions {\n    courseEditions {\n      id\n      title\n      subject\n      stream\n      status\n      startDate\n      endDate\n      seats\n      totalCostCents\n      trainingBody {\n        id\n        name\n      }\n      kpis {\n        placementRate\n        employmentRate\n      }\n      riskShare {\n        atRiskCents\n        projectedPayableCents\n        settlement {\n          id\n          payableCents\n        }\n      }\n    }\n  }\n": typeof types.TrainingCourseEditionsDocument,
    "\n  query TrainingCourseEdition($id: ID!) {\n    courseEdition(id: $id) {\n      id\n      title\n      subject\n      stream\n      status\n      startDate\n      endDate\n      seats\n      totalCostCents\n      sessions {\n        id\n        code\n        date\n        hours\n      }\n      enrolments {\n        id\n        participantName\n        codiceFiscale\n        status\n        outcome\n        qualificationObtained\n        qualificationName\n        droppedOutOn\n        dropOutReason\n        attendedHours\n        attendancePercent\n      }\n      kpis {\n        population\n        placements\n        employed\n        permanent\n        placementRate\n        employmentRate\n        permanentRate\n        windowStart\n        windowEnd\n      }\n      riskShare {\n        totalCostCents\n        atRiskCents\n        atRiskPercent\n        metric\n        mode\n        targetRatePercent\n        achievedRatePercent\n        projectedPayableCents\n        projectedWithheldCents\n        windowEnd\n        settlement {\n          id\n          payableCents\n          withheldCents\n          achievedRatePercent\n          asOf\n        }\n      }\n    }\n  }\n": typeof types.TrainingCourseEditionDocument,
    "\n  subscription TrainingLiveKpisChanged {\n    editionKpisChanged {\n      id\n      title\n      kpis {\n        placements\n        population\n        placementRate\n      }\n    }\n  }\n": typeof types.TrainingLiveKpisChangedDocument,
    "\n  subscription TrainingLiveRiskShareSettled {\n    riskShareSettled {\n      id\n      title\n      riskShare {\n        settlement {\n          id\n          payableCents\n          withheldCents\n        }\n      }\n    }\n  }\n": typeof types.TrainingLiveRiskShareSettledDocument,
    "\n  subscription TrainingLiveAttendanceUploaded {\n    attendanceUploaded {\n      uploadId\n      rows\n      edition {\n        id\n        title\n      }\n    }\n  }\n": typeof types.TrainingLiveAttendanceUploadedDocument,
    "\n  mutation TrainingRecordCourseOutcome($input: CourseOutcomeInput!) {\n    recordCourseOutcome(input: $input) {\n      id\n      outcome\n      qualificationObtained\n      qualificationName\n      droppedOutOn\n      dropOutReason\n    }\n  }\n": typeof types.TrainingRecordCourseOutcomeDocument,
};
const documents: Documents = {
    "\n  mutation TrainingImportAttendanceCsv($editionId: ID!, $csv: String!, $dryRun: Boolean) {\n    importAttendanceCsv(editionId: $editionId, csv: $csv, dryRun: $dryRun) {\n      accepted\n      alreadyImported\n      rows\n      uploadId\n      errors {\n        line\n        field\n        reasonCode\n        params\n      }\n    }\n  }\n": types.TrainingImportAttendanceCsvDocument,
    "\n  query TrainingCourseEditions {\n    courseEditions {\n      id\n      title\n      subject\n      stream\n      status\n      startDate\n      endDate\n      seats\n      totalCostCents\n      trainingBody {\n        id\n        name\n      }\n      kpis {\n        placementRate\n        employmentRate\n      }\n      riskShare {\n        atRiskCents\n        projectedPayableCents\n        settlement {\n          id\n          payableCents\n        }\n      }\n    }\n  }\n": types.TrainingCourseEditionsDocument,
    "\n  query TrainingCourseEdition($id: ID!) {\n    courseEdition(id: $id) {\n      id\n      title\n      subject\n      stream\n      status\n      startDate\n      endDate\n      seats\n      totalCostCents\n      sessions {\n        id\n        code\n        date\n        hours\n      }\n      enrolments {\n        id\n        participantName\n        codiceFiscale\n        status\n        outcome\n        qualificationObtained\n        qualificationName\n        droppedOutOn\n        dropOutReason\n        attendedHours\n        attendancePercent\n      }\n      kpis {\n        population\n        placements\n        employed\n        permanent\n        placementRate\n        employmentRate\n        permanentRate\n        windowStart\n        windowEnd\n      }\n      riskShare {\n        totalCostCents\n        atRiskCents\n        atRiskPercent\n        metric\n        mode\n        targetRatePercent\n        achievedRatePercent\n        projectedPayableCents\n        projectedWithheldCents\n        windowEnd\n        settlement {\n          id\n          payableCents\n          withheldCents\n          achievedRatePercent\n          asOf\n        }\n      }\n    }\n  }\n": types.TrainingCourseEditionDocument,
    "\n  subscription TrainingLiveKpisChanged {\n    editionKpisChanged {\n      id\n      title\n      kpis {\n        placements\n        population\n        placementRate\n      }\n    }\n  }\n": types.TrainingLiveKpisChangedDocument,
    "\n  subscription TrainingLiveRiskShareSettled {\n    riskShareSettled {\n      id\n      title\n      riskShare {\n        settlement {\n          id\n          payableCents\n          withheldCents\n        }\n      }\n    }\n  }\n": types.TrainingLiveRiskShareSettledDocument,
    "\n  subscription TrainingLiveAttendanceUploaded {\n    attendanceUploaded {\n      uploadId\n      rows\n      edition {\n        id\n        title\n      }\n    }\n  }\n": types.TrainingLiveAttendanceUploadedDocument,
    "\n  mutation TrainingRecordCourseOutcome($input: CourseOutcomeInput!) {\n    recordCourseOutcome(input: $input) {\n      id\n      outcome\n      qualificationObtained\n      qualificationName\n      droppedOutOn\n      dropOutReason\n    }\n  }\n": types.TrainingRecordCourseOutcomeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingImportAttendanceCsv($editionId: ID!, $csv: String!, $dryRun: Boolean) {\n    importAttendanceCsv(editionId: $editionId, csv: $csv, dryRun: $dryRun) {\n      accepted\n      alreadyImported\n      rows\n      uploadId\n      errors {\n        line\n        field\n        reasonCode\n        params\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TrainingImportAttendanceCsv($editionId: ID!, $csv: String!, $dryRun: Boolean) {\n    importAttendanceCsv(editionId: $editionId, csv: $csv, dryRun: $dryRun) {\n      accepted\n      alreadyImported\n      rows\n      uploadId\n      errors {\n        line\n        field\n        reasonCode\n        params\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCourseEditions {\n    courseEditions {\n      id\n      title\n      subject\n      stream\n      status\n      startDate\n      endDate\n      seats\n      totalCostCents\n      trainingBody {\n        id\n        name\n      }\n      kpis {\n        placementRate\n        employmentRate\n      }\n      riskShare {\n        atRiskCents\n        projectedPayableCents\n        settlement {\n          id\n          payableCents\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingCourseEditions {\n    courseEditions {\n      id\n      title\n      subject\n      stream\n      status\n      startDate\n      endDate\n      seats\n      totalCostCents\n      trainingBody {\n        id\n        name\n      }\n      kpis {\n        placementRate\n        employmentRate\n      }\n      riskShare {\n        atRiskCents\n        projectedPayableCents\n        settlement {\n          id\n          payableCents\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCourseEdition($id: ID!) {\n    courseEdition(id: $id) {\n      id\n      title\n      subject\n      stream\n      status\n      startDate\n      endDate\n      seats\n      totalCostCents\n      sessions {\n        id\n        code\n        date\n        hours\n      }\n      enrolments {\n        id\n        participantName\n        codiceFiscale\n        status\n        outcome\n        qualificationObtained\n        qualificationName\n        droppedOutOn\n        dropOutReason\n        attendedHours\n        attendancePercent\n      }\n      kpis {\n        population\n        placements\n        employed\n        permanent\n        placementRate\n        employmentRate\n        permanentRate\n        windowStart\n        windowEnd\n      }\n      riskShare {\n        totalCostCents\n        atRiskCents\n        atRiskPercent\n        metric\n        mode\n        targetRatePercent\n        achievedRatePercent\n        projectedPayableCents\n        projectedWithheldCents\n        windowEnd\n        settlement {\n          id\n          payableCents\n          withheldCents\n          achievedRatePercent\n          asOf\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingCourseEdition($id: ID!) {\n    courseEdition(id: $id) {\n      id\n      title\n      subject\n      stream\n      status\n      startDate\n      endDate\n      seats\n      totalCostCents\n      sessions {\n        id\n        code\n        date\n        hours\n      }\n      enrolments {\n        id\n        participantName\n        codiceFiscale\n        status\n        outcome\n        qualificationObtained\n        qualificationName\n        droppedOutOn\n        dropOutReason\n        attendedHours\n        attendancePercent\n      }\n      kpis {\n        population\n        placements\n        employed\n        permanent\n        placementRate\n        employmentRate\n        permanentRate\n        windowStart\n        windowEnd\n      }\n      riskShare {\n        totalCostCents\n        atRiskCents\n        atRiskPercent\n        metric\n        mode\n        targetRatePercent\n        achievedRatePercent\n        projectedPayableCents\n        projectedWithheldCents\n        windowEnd\n        settlement {\n          id\n          payableCents\n          withheldCents\n          achievedRatePercent\n          asOf\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TrainingLiveKpisChanged {\n    editionKpisChanged {\n      id\n      title\n      kpis {\n        placements\n        population\n        placementRate\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TrainingLiveKpisChanged {\n    editionKpisChanged {\n      id\n      title\n      kpis {\n        placements\n        population\n        placementRate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TrainingLiveRiskShareSettled {\n    riskShareSettled {\n      id\n      title\n      riskShare {\n        settlement {\n          id\n          payableCents\n          withheldCents\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TrainingLiveRiskShareSettled {\n    riskShareSettled {\n      id\n      title\n      riskShare {\n        settlement {\n          id\n          payableCents\n          withheldCents\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TrainingLiveAttendanceUploaded {\n    attendanceUploaded {\n      uploadId\n      rows\n      edition {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TrainingLiveAttendanceUploaded {\n    attendanceUploaded {\n      uploadId\n      rows\n      edition {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrainingRecordCourseOutcome($input: CourseOutcomeInput!) {\n    recordCourseOutcome(input: $input) {\n      id\n      outcome\n      qualificationObtained\n      qualificationName\n      droppedOutOn\n      dropOutReason\n    }\n  }\n"): (typeof documents)["\n  mutation TrainingRecordCourseOutcome($input: CourseOutcomeInput!) {\n    recordCourseOutcome(input: $input) {\n      id\n      outcome\n      qualificationObtained\n      qualificationName\n      droppedOutOn\n      dropOutReason\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;