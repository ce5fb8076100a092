import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIin } from '../fixtures/iin';
import { ALL_DOCUMENTS, nomination, openDesk, person, type Desk } from './helpers';

// Issue 11, item 11: the printed list keeps the settlement unless it is the region's own name. A region named after
// its centre (Павлодарская область / Павлодар облысы, Павлодар) keeps it; a city of republican significance does not
// repeat itself (город Астана, not «город Астана, Астана»).

let desk: Desk;
beforeEach(() => {
  desk = openDesk('clerk.print', () => new Date('2023-02-01T09:00:00Z'));
});
afterEach(() => desk.close());

function seed(): { electionId: number; partyId: number } {
  const e = desk.must('elections.create', { preset: 'mazhilis-2023' });
  const [party] = desk.must('parties.list', { electionId: e.id });
  if (!party) throw new Error('the Mazhilis preset has parties');
  const places: [surname: string, region: string, settlement: string][] = [
    ['Әлиева', 'pavlodar', 'Павлодар'],
    ['Бекетов', 'astana', 'Астана'],
    ['Қасымов', 'astana', 'г. Нур-Султан'],
    ['Өтепова', 'almaty-region', 'Қонаев'],
    ['Жұмабаев', 'almaty-city', ''],
    ['Ильин', 'karaganda', 'Караганда'],
  ];
  places.forEach(([surname, residenceRegion, residenceSettlement], i) =>
    desk.must('nominations.create', {
      electionId: e.id,
      person: person({ surname, iin: makeIin('1980-04-04', 'male', 60 + i), birthDate: '1980-04-04', residenceRegion, residenceSettlement, partyMembership: party.code }),
      nomination: nomination({ kind: 'party-list', partyId: party.id, documents: ALL_DOCUMENTS }),
    }),
  );
  return { electionId: e.id, partyId: party.id };
}

describe('the residence on a printed list', () => {
  it('keeps the settlement unless it is the city that is the region, in Russian and in Kazakh', () => {
    const { electionId, partyId } = seed();
    const residences = (lang: 'ru' | 'kk') =>
      desk.must('print.document', { electionId, document: 'party-list', partyId, lang, order: 'submitted' }).candidates.map((c) => c.residence);
    expect(residences('ru')).toEqual([
      'Павлодарская область, Павлодар',
      'город Астана',
      'город Астана',
      'Алматинская область, Қонаев',
      'город Алматы',
      'Карагандинская область, Караганда',
    ]);
    expect(residences('kk')).toEqual([
      'Павлодар облысы, Павлодар',
      'Астана қаласы',
      'Астана қаласы',
      'Алматы облысы, Қонаев',
      'Алматы қаласы',
      'Қарағанды облысы, Караганда',
    ]);
  });
});
