import type { Service } from '../service/index';
import type { ElectionView } from '../service/views';
import { CliFailure, EXIT } from './failure';
import { valueOf } from './open-service';

/** The election a command works on: the one named, else the only one in the ledger; several or none is an error. */
export function chooseElection(service: Service, chosen: number | undefined, path: string): ElectionView {
  const elections = valueOf<ElectionView[]>(service.call('elections.list', {}));
  if (chosen !== undefined) {
    const found = elections.find((e) => e.id === chosen);
    if (!found) throw new CliFailure('election.unknown', { id: chosen, path }, EXIT.cannotRun);
    return found;
  }
  const [only, ...more] = elections;
  if (!only) throw new CliFailure('election.none', { path }, EXIT.cannotRun);
  if (more.length > 0) throw new CliFailure('election.choose', { ids: elections.map((e) => e.id).join(', ') }, EXIT.cannotRun);
  return only;
}
