import { describe, expect, it } from 'vitest';
import reference from '../../resources/reference-data.json';
import { partyResolver, type NamedParty } from '../../src/domain/party-names';
import { regionResolver, type NamedRegion } from '../../src/domain/place-names';

// Regions and parties as parties write them in their workbooks (issue 11, items 1 and 2): every common written form
// in Kazakh, Russian and English resolves to the one region or party it names; what names none (or two) does not.

const regions = regionResolver(reference.regions as NamedRegion[]);
const parties = partyResolver(reference.parties.map((p, i) => ({ ...p, id: i + 1 })) as NamedParty[]);

describe('regions', () => {
  it.each([
    ['город Астана', 'astana'],
    ['г. Астана', 'astana'],
    ['Астана қаласы', 'astana'],
    ['  АСТАНА  ', 'astana'],
    ['Нур-Султан', 'astana'],
    ['Astana', 'astana'],
    ['Алматы', 'almaty-city'],
    ['г.Алматы', 'almaty-city'],
    ['Алматы қаласы', 'almaty-city'],
    ['Алматы облысы', 'almaty-region'],
    ['Алматинская обл.', 'almaty-region'],
    ['Almaty Region', 'almaty-region'],
    ['Акмолинская область', 'akmola'],
    ['Ақмола облысы', 'akmola'],
    ['Акмола облысы', 'akmola'],
    ['область Абай', 'abai'],
    ['Абай облысы', 'abai'],
    ['Абайская область', 'abai'],
    ['область Жетісу', 'jetisu'],
    ['Жетысуская обл', 'jetisu'],
    ['Восточно-Казахстанская область', 'east-kazakhstan'],
    ['Восточно Казахстанская обл.', 'east-kazakhstan'],
    ['ВКО', 'east-kazakhstan'],
    ['Шығыс Қазақстан облысы', 'east-kazakhstan'],
    ['Шыгыс Казахстан облысы', 'east-kazakhstan'],
    ['СКО', 'north-kazakhstan'],
    ['Карагандинская область', 'karaganda'],
    ['Қарағанды облысы', 'karaganda'],
    ['Мангистауская область', 'mangystau'],
    ['Маңғыстау облысы', 'mangystau'],
    ['Туркестанская обл.', 'turkistan'],
    ['Түркістан облысы', 'turkistan'],
    ['Улытауская область', 'ulytau'],
    ['область Ұлытау', 'ulytau'],
    ['Павлодарская область', 'pavlodar'],
    ['Павлодар облысы', 'pavlodar'],
    ['west-kazakhstan', 'west-kazakhstan'],
    ['Батыс Қазақстан облысы', 'west-kazakhstan'],
  ])('%s → %s', (text, code) => {
    expect(regions(text)).toBe(code);
  });

  it('resolves nothing that is not a region of the election', () => {
    for (const text of ['', 'Москва', 'город Алматинская', 'Казахстан', 'область', 'г.', 'Семей', 'Astana Region'])
      expect(regions(text), text).toBeNull();
  });

  it('refuses a name two regions share when the text does not say which', () => {
    const twins = regionResolver([
      { code: 'a', kind: 'region', name: { kk: 'Ақсу облысы', ru: 'Аксуская область', en: 'Aksu Region' } },
      { code: 'b', kind: 'region', name: { kk: 'Ақсу ауданы', ru: 'Аксу', en: 'Aksu' } },
    ]);
    expect(twins('Аксу')).toBeNull();
    expect(twins('Аксуская область')).toBe('a');
  });
});

describe('parties', () => {
  it.each([
    ['amanat', 'amanat'],
    ['AMANAT', 'amanat'],
    ['партия «AMANAT»', 'amanat'],
    ['«AMANAT» партиясы', 'amanat'],
    ['Amanat Party', 'amanat'],
    ['партия "Respublica"', 'respublica'],
    ['партия «Respublica»', 'respublica'],
    ['Ак жол', 'aq-jol'],
    ['Ақ жол', 'aq-jol'],
    ['«Ақ жол» Қазақстан демократиялық партиясы', 'aq-jol'],
    ['Демократическая партия Казахстана «Ак жол»', 'aq-jol'],
    ['Aq Jol', 'aq-jol'],
    ['aq-jol', 'aq-jol'],
    ['НПК', 'qhp'],
    ['ҚХП', 'qhp'],
    ['QHP', 'qhp'],
    ['Народная партия Казахстана', 'qhp'],
    ['ОСДП', 'jsdp'],
    ['Общенациональная социал-демократическая партия', 'jsdp'],
    ['партия зелёных «Байтак»', 'baytaq'],
    ['Партия зеленых "Байтак"', 'baytaq'],
    ['«Байтақ» жасылдар партиясы', 'baytaq'],
    ['Народно-демократическая патриотическая партия «Ауыл»', 'auyl'],
    ['Ауыл', 'auyl'],
  ])('%s → %s', (text, code) => {
    expect(parties(text)?.code).toBe(code);
  });

  it('resolves nothing for a party that is not in the election, or for the bare word', () => {
    for (const text of ['', 'партия', 'Нур Отан', 'партия «Ауыл-2»', 'Демократическая партия']) expect(parties(text), text).toBeNull();
  });
});
