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
    "\n  fragment AttendanceMeasuresFields on AttendanceMeasures {\n    enrolments\n    possibleSessions\n    attendedSessions\n    authorisedSessions\n    unauthorisedSessions\n    persistentAbsentees\n    severeAbsentees\n    attendanceRate\n    overallAbsenceRate\n    authorisedAbsenceRate\n    unauthorisedAbsenceRate\n    persistentAbsenceRate\n    severeAbsenceRate\n  }\n": typeof types.AttendanceMeasuresFieldsFragmentDoc,
    "\n  query LaOverview {\n    laOverview {\n      laName\n      academicYear\n      periodStart\n      periodEnd\n      cohort\n      dataAsOf\n      headline {\n        ...AttendanceMeasuresFields\n      }\n      weeklyTrend {\n        weekStart\n        possibleSessions\n        overallAbsenceRate\n        authorisedAbsenceRate\n        unauthorisedAbsenceRate\n      }\n      schools(limit: 1000) {\n        urn\n        name\n        phase\n        type\n        lastMarkDate\n        measures {\n          ...AttendanceMeasuresFields\n        }\n      }\n    }\n  }\n": typeof types.LaOverviewDocument,
};
const documents: Documents = {
    "\n  fragment AttendanceMeasuresFields on AttendanceMeasures {\n    enrolments\n    possibleSessions\n    attendedSessions\n    authorisedSessions\n    unauthorisedSessions\n    persistentAbsentees\n    severeAbsentees\n    attendanceRate\n    overallAbsenceRate\n    authorisedAbsenceRate\n    unauthorisedAbsenceRate\n    persistentAbsenceRate\n    severeAbsenceRate\n  }\n": types.AttendanceMeasuresFieldsFragmentDoc,
    "\n  query LaOverview {\n    laOverview {\n      laName\n      academicYear\n      periodStart\n      periodEnd\n      cohort\n      dataAsOf\n      headline {\n        ...AttendanceMeasuresFields\n      }\n      weeklyTrend {\n        weekStart\n        possibleSessions\n        overallAbsenceRate\n        authorisedAbsenceRate\n        unauthorisedAbsenceRate\n      }\n      schools(limit: 1000) {\n        urn\n        name\n        phase\n        type\n        lastMarkDate\n        measures {\n          ...AttendanceMeasuresFields\n        }\n      }\n    }\n  }\n": types.LaOverviewDocument,
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
export function graphql(source: "\n  fragment AttendanceMeasuresFields on AttendanceMeasures {\n    enrolments\n    possibleSessions\n    attendedSessions\n    authorisedSessions\n    unauthorisedSessions\n    persistentAbsentees\n    severeAbsentees\n    attendanceRate\n    overallAbsenceRate\n    authorisedAbsenceRate\n    unauthorisedAbsenceRate\n    persistentAbsenceRate\n    severeAbsenceRate\n  }\n"): (typeof documents)["\n  fragment AttendanceMeasuresFields on AttendanceMeasures {\n    enrolments\n    possibleSessions\n    attendedSessions\n    authorisedSessions\n    unauthorisedSessions\n    persistentAbsentees\n    severeAbsentees\n    attendanceRate\n    overallAbsenceRate\n    authorisedAbsenceRate\n    unauthorisedAbsenceRate\n    persistentAbsenceRate\n    severeAbsenceRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LaOverview {\n    laOverview {\n      laName\n      academicYear\n      periodStart\n      periodEnd\n      cohort\n      dataAsOf\n      headline {\n        ...AttendanceMeasuresFields\n      }\n      weeklyTrend {\n        weekStart\n        possibleSessions\n        overallAbsenceRate\n        authorisedAbsenceRate\n        unauthorisedAbsenceRate\n      }\n      schools(limit: 1000) {\n        urn\n        name\n        phase\n        type\n        lastMarkDate\n        measures {\n          ...AttendanceMeasuresFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LaOverview {\n    laOverview {\n      laName\n      academicYear\n      periodStart\n      periodEnd\n      cohort\n      dataAsOf\n      headline {\n        ...AttendanceMeasuresFields\n      }\n      weeklyTrend {\n        weekStart\n        possibleSessions\n        overallAbsenceRate\n        authorisedAbsenceRate\n        unauthorisedAbsenceRate\n      }\n      schools(limit: 1000) {\n        urn\n        name\n        phase\n        type\n        lastMarkDate\n        measures {\n          ...AttendanceMeasuresFields\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;