import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ImportOutcome, ImportPreview, ImportRowView, ImportTemplate } from '../../domain/import-records';
import type { Lang } from '../../domain/types';
import type { InputOf } from '../../service/contract';
import {
  openImportFile,
  saveErrorReport,
  saveTemplate,
  uploadImportFile,
  type ChosenFile,
  type ErrorReportRequest,
} from '../api/import';
import { answer, valueOf } from './client';
import { newJobId } from './jobs';
import { changes, invalidate, keys } from './keys';
import { usePages } from './pages';

// An import: the chosen workbook, its preview page by page (the first page also carries the counts, the lists and
// the columns), the commit, and the files around it (the template, the error report).

export const IMPORT_PAGE_SIZE = 500;

export interface ImportQuery {
  electionId: number;
  fileId: string;
  partyId: number | null;
  /** The sheet the clerk picked; null for the first visible one. */
  sheet: string | null;
  only: 'all' | 'problems';
}

export function previewInput(q: ImportQuery, offset: number, limit: number): InputOf<'imports.preview'> {
  return {
    electionId: q.electionId,
    fileId: q.fileId,
    ...(q.partyId !== null ? { partyId: q.partyId } : {}),
    ...(q.sheet !== null ? { sheet: q.sheet } : {}),
    only: q.only,
    offset,
    limit,
  };
}

export const importPreview = {
  queryKey: (q: ImportQuery) => [...keys.imports(q.electionId), 'preview', q] as const,
  /**
   * `enabled` false until a file is chosen. `job`: the id the file's reading is followed by (queries/jobs.ts) while
   * the first page, which reads and plans the whole file, is on its way; null otherwise.
   */
  usePages: (q: ImportQuery, enabled = true) => {
    const [job, setJob] = useState<string | null>(null);
    const pages = usePages<ImportPreview, ImportRowView>({
      enabled,
      queryKey: importPreview.queryKey(q),
      pageSize: IMPORT_PAGE_SIZE,
      fetchPage: (offset, limit) => {
        // Only the first page reads the file; the others are cut from the plan the service keeps.
        if (offset > 0) return answer('imports.preview', previewInput(q, offset, limit));
        const id = newJobId();
        setJob(id);
        return answer('imports.preview', previewInput(q, offset, limit), { job: id }).finally(() => setJob((now) => (now === id ? null : now)));
      },
      rowsOf: (preview) => preview.page.rows,
      // While another view of the same file is on its way (the filter, a preview again after a commit) its figures
      // stay on screen, so the controls the clerk is using do not vanish under the keyboard.
      keepPrevious: (previous) => previous.fileId === q.fileId,
    });
    return { pages, job };
  },
};

export const importCommit = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      // `job`: the id the commit's progress is followed by (queries/jobs.ts).
      mutationFn: ({ job, ...input }: InputOf<'imports.commit'> & { job: string }): Promise<ImportOutcome> =>
        answer('imports.commit', input, { job }),
      onSuccess: () => invalidate(client, changes.nominations(electionId)),
    });
  },
};

/**
 * The workbook to import: Electron's open dialog, worded in the desk's language (null when cancelled), or the file
 * picked in the browser, uploaded.
 */
export const importFile = {
  useMutation: (electionId: number) => {
    const client = useQueryClient();
    return useMutation({
      mutationKey: ['imports.file'],
      mutationFn: (picked: File | { lang: Lang }): Promise<ChosenFile | null> =>
        valueOf(picked instanceof File ? uploadImportFile(picked) : openImportFile(picked.lang)),
      // The same file chosen again (corrected, or to import once more) is read again.
      onSuccess: () => invalidate(client, [keys.imports(electionId)]),
    });
  },
};

export const templateSave = {
  useMutation: () =>
    useMutation({
      mutationKey: ['imports.saveTemplate'],
      mutationFn: ({ template, lang, electionId }: { template: ImportTemplate; lang: Lang; electionId: number }) =>
        saveTemplate(template, lang, electionId),
    }),
};

export const errorReportSave = {
  useMutation: () =>
    useMutation({ mutationKey: ['imports.saveErrors'], mutationFn: (request: ErrorReportRequest) => saveErrorReport(request) }),
};
