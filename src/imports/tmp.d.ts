// The few parts of `tmp` (exceljs's temporary files) the reader uses (sheet-temp-files.ts).
declare module 'tmp' {
  type FileCallback = (error: Error | null, path: string, fd: number, cleanup: (next?: () => void) => void) => void;
  interface Tmp {
    file(options: { prefix?: string } | FileCallback, callback?: FileCallback): void;
  }
  const tmp: Tmp;
  export default tmp;
}
