/** The tables whose rows the journal records; each journal row's entity names one of them. */
export const ENTITIES = [
  'user',
  'election', 'region', 'district', 'party', 'person', 'nomination', 'decision', 'party_list', 'import_batch',
  'party_list_correction', 'person_distinction', 'ballot_verification', 'backup_setting', 'person_distinction_change',
] as const;
export type Entity = (typeof ENTITIES)[number];

/**
 * Every action a journal row can name, with the entity it is about. `recordChange` takes its action from this list
 * and the catalogs name each one (`action.<action>`, `entity.<entity>`): a new kind of change starts here.
 */
export const JOURNAL_ACTIONS = [
  { action: 'user.create', entity: 'user' },
  { action: 'user.update', entity: 'user' },
  { action: 'user.disable', entity: 'user' },
  { action: 'user.enable', entity: 'user' },
  { action: 'user.password', entity: 'user' },
  { action: 'user.resetPassword', entity: 'user' },
  { action: 'user.signIn', entity: 'user' },
  { action: 'user.signOut', entity: 'user' },
  { action: 'user.signInFailed', entity: 'user' },
  { action: 'election.create', entity: 'election' },
  { action: 'election.profile', entity: 'election' },
  { action: 'election.results', entity: 'election' },
  { action: 'election.void', entity: 'election' },
  { action: 'election.commission', entity: 'election' },
  { action: 'region.create', entity: 'region' },
  { action: 'district.create', entity: 'district' },
  { action: 'party.create', entity: 'party' },
  { action: 'party.update', entity: 'party' },
  { action: 'person.create', entity: 'person' },
  { action: 'person.update', entity: 'person' },
  { action: 'person_distinction.create', entity: 'person_distinction' },
  { action: 'person_distinction.withdraw', entity: 'person_distinction_change' },
  { action: 'person_distinction.renew', entity: 'person_distinction_change' },
  { action: 'nomination.create', entity: 'nomination' },
  { action: 'nomination.update', entity: 'nomination' },
  { action: 'nomination.documents', entity: 'nomination' },
  { action: 'nomination.decide', entity: 'nomination' },
  { action: 'nomination.reorder', entity: 'nomination' },
  { action: 'nomination.mandate', entity: 'nomination' },
  { action: 'nomination.void', entity: 'nomination' },
  { action: 'decision.create', entity: 'decision' },
  { action: 'decision.correct', entity: 'decision' },
  { action: 'party_list.create', entity: 'party_list' },
  { action: 'party_list.update', entity: 'party_list' },
  { action: 'party_list.reorder', entity: 'party_list' },
  { action: 'party_list.decide', entity: 'party_list' },
  { action: 'party_list.mandates', entity: 'party_list' },
  { action: 'party_list.results', entity: 'party_list' },
  { action: 'party_list.correct', entity: 'party_list' },
  { action: 'import.commit', entity: 'import_batch' },
  { action: 'ballot.secondEntry', entity: 'ballot_verification' },
  { action: 'ballot.resolve', entity: 'ballot_verification' },
  { action: 'ballot.return', entity: 'ballot_verification' },
  { action: 'backup.settings', entity: 'backup_setting' },
  { action: 'backup.restore', entity: 'backup_setting' },
] as const satisfies readonly { action: string; entity: Entity }[];

export type JournalAction = (typeof JOURNAL_ACTIONS)[number]['action'];

/** The entity an action is about: `recordChange` refuses a `party.create` journaled as a person. */
export type EntityOf<A extends JournalAction> = Extract<(typeof JOURNAL_ACTIONS)[number], { action: A }>['entity'];
