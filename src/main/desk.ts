import type { Service } from '../service/index';

/** What Electron's printToPDF is asked (a subset of its options): the window's page as an A4 document. */
export interface PdfRequest {
  pageSize: 'A4';
  landscape: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
}

/** An open dialog's words in the desk's language: its title, its button and the name of the file type it shows. */
export interface OpenDialogWords {
  title: string;
  buttonLabel: string;
  filterName: string;
}

/**
 * What the desk window's own methods work with: the service, and the dialogs and the page of the window that called.
 * ipc.ts makes one per call from Electron's objects; tests make one from plain functions, so that all of main but
 * ipc.ts and index.ts runs without Electron.
 */
export interface Desk {
  service: Pick<Service, 'prepareFile' | 'registerImportFile'>;
  /** A save dialog offering `defaultName`; the chosen path, or null when the clerk cancels. */
  askSave(defaultName: string, type: 'xlsx' | 'pdf'): Promise<string | null>;
  /** An open dialog for one workbook, worded as given; its path, or null when the clerk cancels. */
  askOpen(words: OpenDialogWords): Promise<string | null>;
  /** A folder dialog (the backups' folder), worded as given; the chosen folder, or null when the user cancels. */
  askFolder(words: Omit<OpenDialogWords, 'filterName'>): Promise<string | null>;
  /** The calling window's page printed as a PDF. */
  printToPdf(request: PdfRequest): Promise<Buffer>;
}
