import { ballotMethods } from './ballot';
import { ballotImportMethods } from './ballot-import';
import { backupMethods } from './backups';
import { checkMethods } from './checks';
import { decisionMethods } from './decisions';
import { electionMethods } from './elections';
import { importMethods } from './import-methods';
import { jobMethods } from './job-methods';
import { journalMethods } from './journal';
import { listDecisionMethods } from './list-decisions';
import { listDocumentMethods } from './list-documents';
import { listMethods } from './lists';
import { nominationMethods } from './nominations';
import { personMethods } from './persons';
import { printMethods } from './print';
import { reportMethods } from './reports';
import { resultMethods } from './results';
import { userMethods } from './users';

/**
 * The registry: every method of the service, by name (`area.verb`), each declared once beside its handler in the
 * file of its area. The transports mount from here; the renderer's client is typed from here (contract.ts).
 */
export const methods = {
  ...userMethods,
  ...electionMethods,
  ...personMethods,
  ...nominationMethods,
  ...decisionMethods,
  ...checkMethods,
  ...listMethods,
  ...listDecisionMethods,
  ...listDocumentMethods,
  ...resultMethods,
  ...printMethods,
  ...reportMethods,
  ...importMethods,
  ...ballotMethods,
  ...ballotImportMethods,
  ...journalMethods,
  ...backupMethods,
  ...jobMethods,
};

export type ServiceMethods = typeof methods;
export type MethodName = keyof ServiceMethods;
