import { z } from 'zod';
import { commissionName } from '../domain/commission';
import { formatDate } from '../domain/dates';
import { createI18n } from '../domain/i18n';
import { fullName } from '../domain/names';
import { formatPercent } from '../domain/numbers';
import type { PrintDocument, PrintedCandidate } from '../domain/records';
import { regionResolver, withReferenceAliases, type RegionResolver } from '../domain/place-names';
import type { Lang, RegionKind } from '../domain/types';
import { journalHead } from '../ledger/journal';
import { districtForPrint, partyListForPrint, type PrintRecord } from '../ledger/print-candidates';
import { getParty, listDistricts, listRegions } from '../ledger/reference';
import type { Context } from './context';
import { mustGetElection } from './elections';
import { allSummaries, mustGetList } from './lists';
import { method } from './method';
import { Refusal } from './result';
import { id, lang, listOrder } from './schemas';

/** A printable document: a party's list, a district's candidates, or quota compliance of every list. */
const documentInput = z.strictObject({
  electionId: id,
  document: z.enum(['party-list', 'district', 'quota']),
  partyId: id.optional(),
  districtId: id.optional(),
  lang,
  order: listOrder,
});

// The printed documents a commission publishes: a party's candidate list, a district's candidates and the quota
// compliance of every list. The service words the heading in the reader's language (the `ui` catalog's printView
// keys, the commission's name from `core`); the renderer lays it out as an A4 page.

type Localized3 = { kk: string | null; ru: string | null; en: string | null };

const pick = (names: Localized3, lang: Lang): string | null => names[lang] ?? names.ru ?? names.kk ?? names.en;

/**
 * «Павлодарская область, Павлодар», but «город Астана» alone: the settlement is left out only when it is the city
 * that is itself the region (a city of republican significance). A region that merely shares its name with its
 * centre (Павлодар облысы, Павлодар) keeps it.
 */
export function residenceOf(region: string, regionKind: RegionKind | null, regionCode: string, settlement: string, resolve: RegionResolver): string {
  const place = settlement.trim();
  const isTheCity = place !== '' && regionKind === 'city' && resolve(place) === regionCode;
  return [region, isTheCity ? '' : place].filter((s) => s !== '').join(', ');
}

function printed(r: PrintRecord, lang: Lang, t: (key: string, params?: Record<string, unknown>) => string, resolve: RegionResolver): PrintedCandidate {
  const region = pick({ kk: r.regionKk, ru: r.regionRu, en: r.regionEn }, lang) ?? r.residenceRegion;
  const membership = r.partyMembership === '' ? t('printView.nonParty') : (pick({ kk: r.memberKk, ru: r.memberRu, en: r.memberEn }, lang) ?? r.partyMembership);
  const nominator =
    r.kind === 'district-self'
      ? t('printView.selfNominated')
      : r.kind === 'district-association'
        ? r.associationName
        : (pick({ kk: r.nominatorKk, ru: r.nominatorRu, en: r.nominatorEn }, lang) ?? '');
  return {
    position: r.kind === 'party-list' ? r.position : null,
    fullName: fullName({ surname: r.surname.trim(), givenName: r.givenName.trim(), patronymic: r.patronymic.trim() }),
    birthYear: Number(r.birthDate.slice(0, 4)),
    occupation: r.occupation.trim(),
    workplace: r.workplace.trim(),
    residence: residenceOf(region, r.regionKind, r.residenceRegion, r.residenceSettlement, resolve),
    partyMembership: membership,
    nominatedBy: nominator,
    status: r.status,
  };
}

function printDocument(input: z.output<typeof documentInput>, ctx: Context): PrintDocument {
  const { lang } = input;
  const i18n = createI18n(lang, 'ui');
  const t = (key: string, params?: Record<string, unknown>): string => i18n.t(key, { ...params });
  const election = mustGetElection(ctx, input.electionId);
  const regions = listRegions(ctx.db, election.id);
  const resolve = regionResolver(withReferenceAliases(regions));
  const regionName = (code: string | null): string => regions.find((r) => r.code === code)?.name[lang] ?? code ?? '';
  // Whose document this is: the election's commission, as the settings name it (issue 11).
  const commission = commissionName(election.commission, lang);
  const electionName = election.councilName ? `${election.name[lang]} — ${election.councilName}` : election.name[lang];
  const head = journalHead(ctx.db);
  const base = { commission, election: electionName, journalHead: head.hash, journalSeq: head.seq, candidates: [], lists: [] };

  if (input.document === 'party-list') {
    if (input.partyId === undefined) throw new Refusal({ code: 'invalid-input', messageKey: 'error.input.value', params: { path: 'partyId' }, field: 'partyId' });
    const list = mustGetList(ctx, election.id, input.partyId);
    const party = getParty(ctx.db, input.partyId);
    const records = partyListForPrint(ctx.db, election.id, input.partyId);
    if (input.order === 'alphabetical')
      records.sort((a, b) => (a.nameSort < b.nameSort ? -1 : a.nameSort > b.nameSort ? 1 : a.nominationId - b.nominationId));
    const subtitle =
      list.status === 'registered' && list.resolutionNumber && list.resolutionDate
        ? t('printView.subtitle.registered', { number: list.resolutionNumber, date: formatDate(list.resolutionDate) })
        : t(`printView.subtitle.${list.status === 'refused' ? 'refused' : 'submitted'}`);
    return {
      ...base,
      // The short name: the full one already says «партия …», which the title says itself.
      title: t('printView.title.partyList', { party: party?.short[lang] ?? list.partyId }),
      subtitle: input.order === 'alphabetical' ? `${subtitle} ${t('printView.alphabetical')}` : subtitle,
      candidates: records.map((r) => printed(r, lang, t, resolve)),
    };
  }
  if (input.document === 'district') {
    const district = listDistricts(ctx.db, election.id).find((d) => d.id === input.districtId);
    if (!district) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'districtId' });
    return {
      ...base,
      title: t('printView.title.district', { number: district.number }),
      subtitle: [district.name[lang], regionName(district.regionCode)].filter((s) => s !== '').join(', '),
      candidates: districtForPrint(ctx.db, election.id, district.id).map((r) => printed(r, lang, t, resolve)),
    };
  }
  return {
    ...base,
    title: t('printView.title.quota'),
    subtitle: t('printView.subtitle.quota', { share: formatPercent(election.profile.quotaShare, lang), law: t('legal.quota') }),
    lists: allSummaries(ctx, election.id),
  };
}

export const printMethods = {
  'print.document': method.answer({ permission: 'observer', input: documentInput, handler: printDocument }),
};
