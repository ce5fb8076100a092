import { reportFileName } from '../domain/file-names';
import type { Service } from '../service/index';
import type { Result } from '../service/result';
import { schemas } from '../service/schemas';
import { refusalOf, saveWorkbook, type AskPath, type WriteWorkbook } from './save-file';

// 'reports.save', which only the Electron main process answers: the report saved where the clerk chooses.

export function defaultReportName(report: string, electionId: number, today = new Date()): string {
  return reportFileName(report, electionId, today);
}

export async function saveReport(
  service: Pick<Service, 'exportReport'>,
  input: unknown,
  askPath: AskPath,
): Promise<Result<{ path: string | null; rows: number }>> {
  const write: WriteWorkbook = (i, out) => service.exportReport(i, out);
  const parsed = schemas['reports.save'].safeParse(input ?? {});
  if (!parsed.success) return refusalOf(write, input);
  return saveWorkbook(write, parsed.data, defaultReportName(parsed.data.report, parsed.data.electionId), askPath, 'reports.save');
}
