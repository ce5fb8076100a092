// What the API returns. The records are the domain's own; the service adds nothing to their shape.
export type * from '../domain/records';
export type * from '../domain/import-records';
export type * from '../domain/ballot';
export type * from '../domain/seals';
