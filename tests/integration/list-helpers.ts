import type { ListView, PartyView } from '../../src/domain/records';
import type { Sex } from '../../src/domain/types';
import { makeIin } from '../fixtures/iin';
import { nomination, person, type Desk } from './helpers';

// Building party lists through the service, as a clerk would: candidates added one by one to a party's list.

let serial = 0;
const SURNAMES = ['Ұзақов', 'Әлиев', 'Бекетов', 'Ахметов', 'Ғалымов', 'Иванов', 'Қасымов', 'Өтепов', 'Жұмабаев'];

export interface Member {
  sex: Sex;
  birthDate: string;
  disability?: boolean;
}

export const MAN: Member = { sex: 'male', birthDate: '1980-04-04' };
export const WOMAN: Member = { sex: 'female', birthDate: '1981-05-05' };

/** Adds candidates to the party's list in order; they belong to the party and handed in every document. */
export function addMembers(desk: Desk, electionId: number, partyId: number, partyCode: string, members: readonly Member[]): number[] {
  return members.map((m) => {
    serial++;
    const c = desk.must('nominations.create', {
      electionId,
      person: person({
        surname: SURNAMES[serial % SURNAMES.length] ?? 'Ахметов',
        givenName: m.sex === 'female' ? 'Гүлнар' : 'Ерлан',
        iin: makeIin(m.birthDate, m.sex, 100 + serial * 5),
        birthDate: m.birthDate,
        sex: m.sex,
        disability: m.disability ?? false,
        partyMembership: partyCode,
      }),
      nomination: nomination({ kind: 'party-list', partyId }),
    });
    return c.nomination.id;
  });
}

export const resolution = (decision: 'registered' | 'refused', number = '7/1') => ({
  decision,
  resolutionNumber: number,
  resolutionDate: '2023-02-20',
  grounds: { rules: decision === 'refused' ? ['list.quota'] : [], text: '' },
});

export function register(desk: Desk, list: Pick<ListView, 'electionId' | 'partyId' | 'version'>): ListView {
  return desk.must('lists.decide', { electionId: list.electionId, partyId: list.partyId, version: list.version, ...resolution('registered') });
}

/**
 * A regional maslikhat with 10 list mandates and the mandate quota switched on, and the first four parties' lists
 * registered in ballot order (A–D of domain §6): A with 6 candidates (women 1st and 4th), B with 3 and C with 2 (a
 * woman first), D with one woman: each as many as the seats §6 gives it, so that no list wins more than it can fill.
 */
export function tenMandateElection(desk: Desk) {
  const e = desk.must('elections.create', { preset: 'maslikhat-regional-2023', regionCode: 'astana', listMandates: 10, districtCount: 3 });
  desk.must('elections.updateProfile', { id: e.id, changes: { mandateQuota: true } });
  const parties = desk.must('parties.list', { electionId: e.id }).slice(0, 4);
  const [a, b, c, d] = parties as [PartyView, PartyView, PartyView, PartyView];
  const aMembers = addMembers(desk, e.id, a.id, a.code, [WOMAN, MAN, MAN, WOMAN, MAN, MAN]);
  addMembers(desk, e.id, b.id, b.code, [WOMAN, MAN, MAN]);
  addMembers(desk, e.id, c.id, c.code, [WOMAN, MAN]);
  addMembers(desk, e.id, d.id, d.code, [WOMAN]);
  for (const p of parties) register(desk, desk.must('lists.get', { electionId: e.id, partyId: p.id }));
  return { e, a, b, c, d, aMembers };
}
