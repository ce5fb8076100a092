import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';

// The query keys, hierarchical: whatever belongs to an election sits under ['election', id], by area, so that one
// invalidation reaches everything a change affects and nothing else.

export const keys = {
  /** elections.list and elections.presets */
  elections: ['elections'] as const,
  election: (id: number) => ['election', id] as const,
  /** elections.get: the profile and the counts */
  record: (id: number) => ['election', id, 'record'] as const,
  regions: (id: number) => ['election', id, 'regions'] as const,
  parties: (id: number) => ['election', id, 'parties'] as const,
  districts: (id: number) => ['election', id, 'districts'] as const,
  /** nominations.list pages, nominations.get, nominations.history, checks.candidate */
  candidates: (id: number) => ['election', id, 'candidates'] as const,
  /** lists.list and lists.get */
  lists: (id: number) => ['election', id, 'lists'] as const,
  results: (id: number) => ['election', id, 'results'] as const,
  /** reports.preview and print.document, which carry the journal's head */
  documents: (id: number) => ['election', id, 'documents'] as const,
  imports: (id: number) => ['election', id, 'imports'] as const,
  /** persons.search, across elections */
  persons: ['persons'] as const,
  journal: ['journal'] as const,
  /** backups.status: the administrator's backups, their folder, the desk's last seal */
  backups: ['backups'] as const,
};

/** What each kind of change makes stale. Every change adds to the journal, and so to the documents' journal head. */
export const changes = {
  /** An election created. */
  elections: (): QueryKey[] => [keys.elections, keys.journal],
  /** The profile or a party's deposit: every candidate of the election is checked again. */
  election: (id: number): QueryKey[] => [keys.elections, keys.election(id), keys.journal],
  /** Nominations added, changed or decided (the form, a list's decision, an import): counts, tables, lists, findings. */
  nominations: (id: number): QueryKey[] => [
    keys.elections,
    keys.record(id),
    keys.candidates(id),
    keys.lists(id),
    keys.results(id),
    keys.documents(id),
    keys.imports(id),
    keys.persons,
    keys.journal,
  ],
  /** A list's order: its summary, the candidates' positions, the printed list. */
  listOrder: (id: number): QueryKey[] => [keys.lists(id), keys.candidates(id), keys.documents(id), keys.journal],
  /** The votes: the seats of every list. */
  results: (id: number): QueryKey[] => [keys.results(id), keys.lists(id), keys.documents(id), keys.journal],
  /** The backup settings, or a backup made: the status, and the journal that names the setting. */
  backups: (): QueryKey[] => [keys.backups, keys.journal],
  /** A backup restored: the whole ledger is another one, every record of it. */
  restored: (): QueryKey[] => [[]],
  /** A party's mandate holders. */
  mandates: (id: number): QueryKey[] => [keys.results(id), keys.lists(id), keys.candidates(id), keys.documents(id), keys.journal],
};

/**
 * Marks the queries stale and refetches those on screen; `keep` is a query the change has just answered itself (set
 * with setQueryData), which is not fetched again.
 */
export function invalidate(client: QueryClient, stale: readonly QueryKey[], keep?: QueryKey): void {
  const kept = keep === undefined ? null : hashKey(keep);
  for (const queryKey of stale)
    void client.invalidateQueries({ queryKey, ...(kept === null ? {} : { predicate: (q) => q.queryHash !== kept }) });
}
