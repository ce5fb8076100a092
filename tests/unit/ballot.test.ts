import { describe, expect, it } from 'vitest';
import { ballotFieldsOf, ballotStatus, compareEntries, excludedUsers, fieldsToEnter, printed, type BallotValues } from '../../src/domain/ballot';

// The comparison of issue 13: exactly as the ballot prints, after trimming and Unicode's composed form, with no
// folding of letters that differ on paper.

const FIRST: BallotValues = {
  surname: 'Ёлкина', givenName: 'Айгүл', patronymic: 'Серікқызы', birthDate: '1985-03-14', iin: '850314400017',
  districtId: 3, partyId: null, listPosition: null,
};

describe('comparing a second entry', () => {
  it('trims and composes, and never folds Ё into Е, Ұ into У, Қ into К', () => {
    expect(printed('И\u0306')).toBe('Й');
    expect(compareEntries(FIRST, { surname: ' Ёлкина ', givenName: 'Айгу\u0308л'.normalize('NFD') }, ['surname', 'givenName'])).toEqual({ equal: ['surname'], differing: ['givenName'] });
    expect(compareEntries(FIRST, { surname: 'Елкина', patronymic: 'Серикқызы', districtId: 3 }, ['surname', 'patronymic', 'districtId'])).toEqual({
      equal: ['districtId'],
      differing: ['surname', 'patronymic'],
    });
    expect(compareEntries({ ...FIRST, surname: 'Ұзақов' }, { surname: 'Узақов' }, ['surname']).differing).toEqual(['surname']);
    expect(compareEntries({ ...FIRST, surname: 'Й' }, { surname: 'И\u0306' }, ['surname']).equal).toEqual(['surname']);
  });

  it('reads a field changed after verification as changed, and asks for it alone', () => {
    const verified = { surname: 'Ёлкина', givenName: 'Айгүл', patronymic: 'Серікқызы', birthDate: '1985-03-14', iin: '850314400017', districtId: 3 };
    expect(ballotStatus(FIRST, { verified, pending: null }).state).toBe('verified');
    const moved = ballotStatus({ ...FIRST, districtId: 4 }, { verified, pending: null });
    expect(moved).toEqual({
      state: 'waiting',
      fields: { surname: 'verified', givenName: 'verified', patronymic: 'verified', birthDate: 'verified', iin: 'verified', districtId: 'changed' },
    });
    expect(fieldsToEnter(moved)).toEqual(['districtId']);
    // A difference stands while the first entry it was found against is still the value stored.
    const open = { verified: {}, pending: { surname: { first: 'Ёлкина', second: 'Елкина' } } };
    expect(ballotStatus(FIRST, open).fields.surname).toBe('differs');
    expect(ballotStatus({ ...FIRST, surname: 'Ёлкина-Серова' }, open).fields.surname).toBe('waiting');
  });

  it('prints a list candidate’s party and position, a district candidate’s district', () => {
    expect(ballotFieldsOf('party-list')).toEqual(['surname', 'givenName', 'patronymic', 'birthDate', 'iin', 'partyId', 'listPosition']);
    expect(ballotFieldsOf('district-party')).toEqual(['surname', 'givenName', 'patronymic', 'birthDate', 'iin', 'districtId', 'partyId']);
    expect(ballotFieldsOf('district-self')).toEqual(['surname', 'givenName', 'patronymic', 'birthDate', 'iin', 'districtId']);
  });

  it('keeps out of the second entry whoever made the first or last changed one of its fields', () => {
    const authors = { first: { userId: 2, actor: 'A' }, lastChange: { districtId: { userId: 5, actor: 'S' }, surname: { userId: 2, actor: 'A' } } };
    expect([...excludedUsers(authors, ['districtId'])].sort()).toEqual([2, 5]);
    expect([...excludedUsers(authors, ['surname'])]).toEqual([2]);
  });
});
