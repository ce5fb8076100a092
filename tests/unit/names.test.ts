import { describe, expect, it } from 'vitest';
import { foldName, fullName, kazakhSortKey } from '../../src/domain/names';

describe('folded names for search', () => {
  it('folds case and the Kazakh letters onto their Russian neighbours', () => {
    expect(foldName('ҰЗАҚОВ')).toBe('узаков');
    expect(foldName('Әлиева Гүлнар Қайратқызы')).toBe('алиева гулнар кайраткызы');
    expect(foldName('Ёлкина')).toBe('елкина');
    expect(foldName('Һ Ң Ғ Ө Ү І')).toBe('х н г о у и');
    expect(foldName('  Нұр-Сұлтан,  «Ақ»  ')).toBe('нур-султан ак');
  });

  it('is the same for what the clerk types on a Russian keyboard and what was stored', () => {
    expect(foldName('Узаков')).toBe(foldName('Ұзақов'));
    expect(foldName('елкина')).toBe(foldName('ЁЛКИНА'));
  });
});

describe('Kazakh alphabetical order', () => {
  it('sorts as Intl.Collator("kk") does, unlike code-point order', () => {
    const names = ['Яковлев', 'Ұзақов', 'Үсенов', 'Уәлиев', 'Әлиев', 'Абаев', 'Іргебаев', 'Ыбыраев', 'Қасымов', 'Кенжебаев', 'Ғалымов', 'Гусев', 'Ёлкин', 'Ерлан', 'Жанов', 'Һадиев', 'Хасенов', 'Ңаев', 'Өтебаев', 'Омаров', 'абаев'];
    const collator = new Intl.Collator('kk', { sensitivity: 'base' });
    const expected = [...names].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : 1));
    const byKey = [...names].sort((a, b) => {
      const ka = kazakhSortKey(a);
      const kb = kazakhSortKey(b);
      return ka < kb ? -1 : ka > kb ? 1 : a < b ? -1 : 1;
    });
    expect(byKey.map((n) => n.toLowerCase())).toEqual(expected.map((n) => n.toLowerCase()));
    expect(byKey.indexOf('Әлиев')).toBe(byKey.indexOf('Абаев') + 2);
  });
});

describe('full name', () => {
  it('joins the parts the person has', () => {
    expect(fullName({ surname: 'Ұзақов', givenName: 'Әлихан', patronymic: '' })).toBe('Ұзақов Әлихан');
    expect(fullName({ surname: 'Ұзақов', givenName: 'Әлихан', patronymic: 'Серікұлы' })).toBe('Ұзақов Әлихан Серікұлы');
  });
});
