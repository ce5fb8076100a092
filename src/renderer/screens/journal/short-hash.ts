/** The first twelve hex digits: enough to tell rows apart by eye; the full hash is in the title. */
export const shortHash = (hash: string): string => hash.slice(0, 12);
