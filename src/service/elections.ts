import type { ElectionView } from '../domain/records';
import { getElection, insertElection, listElections } from '../ledger/elections';
import { insertDistrict, insertParty, insertRegion, listDistricts, listParties, listRegions } from '../ledger/reference';
import type { Context } from './context';
import { districtName, findPreset, PRESETS, presetView, REFERENCE } from './presets';
import { Refusal } from './result';
import type { ParsedInput } from './schemas';

function needs(field: string): Refusal {
  return new Refusal({ code: 'invalid-input', messageKey: 'error.presetNeeds', params: { field }, field });
}

export function mustGetElection(ctx: Context, id: number): ElectionView {
  const election = getElection(ctx.db, id);
  if (!election) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'electionId' });
  return election;
}

/**
 * Creates an election from a preset with its reference data: all 20 regions (their time zones fix the deadlines),
 * the Mazhilis districts or the council's own numbered districts, and the parties.
 */
export function createElection(input: ParsedInput<'elections.create'>, ctx: Context): ElectionView {
  const preset = findPreset(input.preset);
  if (!preset) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'preset' });
  const region = input.regionCode ? REFERENCE.regions.find((r) => r.code === input.regionCode) : undefined;
  if (preset.needs.region && !input.regionCode) throw needs('regionCode');
  if (input.regionCode && !region)
    throw new Refusal({ code: 'invalid-input', messageKey: 'error.unknownRegion', params: { code: input.regionCode }, field: 'regionCode' });
  const councilName = input.councilName?.trim() ?? '';
  if (preset.needs.councilName && councilName === '') throw needs('councilName');
  if (preset.needs.listMandates && !input.listMandates) throw needs('listMandates');
  if (preset.needs.districtCount && !input.districtCount) throw needs('districtCount');

  const id = ctx.write((who) => {
    const electionId = insertElection(ctx.db, who, {
      kind: preset.kind,
      preset: preset.id,
      name: preset.name,
      councilName: councilName === '' ? null : councilName,
      regionCode: region?.code ?? null,
      electionDay: preset.electionDay,
      listMandates: preset.needs.listMandates ? (input.listMandates ?? 0) : preset.listMandates,
      profile: preset.profile,
    });
    const regionIds = new Map<string, number>();
    for (const r of REFERENCE.regions) regionIds.set(r.code, insertRegion(ctx.db, who, electionId, r));
    if (preset.referenceDistricts) {
      for (const d of REFERENCE.mazhilisDistricts) {
        const regionId = regionIds.get(d.region);
        if (regionId === undefined) throw new Error(`reference district ${d.number} names unknown region ${d.region}`);
        insertDistrict(ctx.db, who, electionId, { number: d.number, regionId, name: d.name });
      }
    } else if (region && input.districtCount) {
      const regionId = regionIds.get(region.code) ?? 0;
      for (let n = 1; n <= input.districtCount; n++)
        insertDistrict(ctx.db, who, electionId, { number: n, regionId, name: districtName(n) });
    }
    for (const p of REFERENCE.parties) insertParty(ctx.db, who, electionId, p);
    return electionId;
  });
  return mustGetElection(ctx, id);
}

export const electionHandlers = {
  'elections.presets': (_: ParsedInput<'elections.presets'>) => PRESETS.map(presetView),
  'elections.create': createElection,
  'elections.list': (_: ParsedInput<'elections.list'>, ctx: Context) => listElections(ctx.db),
  'elections.get': (input: ParsedInput<'elections.get'>, ctx: Context) => mustGetElection(ctx, input.id),
  'regions.list': (input: ParsedInput<'regions.list'>, ctx: Context) =>
    listRegions(ctx.db, mustGetElection(ctx, input.electionId).id),
  'districts.list': (input: ParsedInput<'districts.list'>, ctx: Context) =>
    listDistricts(ctx.db, mustGetElection(ctx, input.electionId).id),
  'parties.list': (input: ParsedInput<'parties.list'>, ctx: Context) =>
    listParties(ctx.db, mustGetElection(ctx, input.electionId).id),
  'parties.create': (input: ParsedInput<'parties.create'>, ctx: Context) => {
    const election = mustGetElection(ctx, input.electionId);
    const parties = listParties(ctx.db, election.id);
    if (parties.some((p) => p.code === input.code))
      throw new Refusal({ code: 'conflict', messageKey: 'error.partyCodeTaken', params: { code: input.code }, field: 'code' });
    const ballotOrder = Math.max(0, ...parties.map((p) => p.ballotOrder)) + 1;
    const id = ctx.write((who) =>
      insertParty(ctx.db, who, election.id, { code: input.code, shortName: input.shortName.trim(), name: input.name, ballotOrder }),
    );
    const created = listParties(ctx.db, election.id).find((p) => p.id === id);
    if (!created) throw new Error('party vanished after insert');
    return created;
  },
};
