import { useMutation, useQuery } from '@tanstack/react-query';
import type { InputOf, InputOfMethod } from '../../service/contract';
import type { PageMethods } from '../api/client';
import { exportReport, type ExportRequest } from '../api/export';
import { answer } from './client';
import { keys } from './keys';

// The documents of an election: a report's first rows, a printed document; and the files made from them.

export const reportPreview = {
  queryKey: (input: InputOf<'reports.preview'>) => [...keys.documents(input.electionId), 'report', input] as const,
  useQuery: (input: InputOf<'reports.preview'>) =>
    useQuery({ queryKey: reportPreview.queryKey(input), queryFn: () => answer('reports.preview', input) }),
};

export const printDocument = {
  queryKey: (input: InputOf<'print.document'>) => [...keys.documents(input.electionId), 'print', input] as const,
  useQuery: (input: InputOf<'print.document'>) =>
    useQuery({ queryKey: printDocument.queryKey(input), queryFn: () => answer('print.document', input) }),
};

/**
 * A report as an Excel file: saved where the clerk chooses (Electron) or downloaded (the browser mode), followed by
 * the id `job` while its rows are written.
 */
export const reportExport = {
  useMutation: () =>
    useMutation({ mutationKey: ['reports.export'], mutationFn: ({ request, job }: { request: ExportRequest; job: string }) => exportReport(request, job) }),
};

/** The print view as a PDF, through Electron's printToPDF. */
export const printSavePdf = {
  useMutation: () =>
    useMutation({
      mutationKey: ['print.savePdf'],
      mutationFn: (input: InputOfMethod<PageMethods['print.savePdf']>) => answer('print.savePdf', input),
    }),
};
