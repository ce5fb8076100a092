import type { Certainty, ProfileKey, RuleProfile } from '../domain/profile';
import type { ElectionView, PartyView } from '../domain/records';
import { canonicalJson } from '../ledger/canonical';
import {
  getElection,
  getElectionRules,
  insertElection,
  listElections,
  updateElectionProfile,
  type ElectionRecord,
  type ElectionRules,
} from '../ledger/elections';
import {
  getParty,
  insertDistrict,
  insertParty,
  insertRegion,
  listDistricts,
  listParties,
  listRegions,
  updatePartyDeposit,
} from '../ledger/reference';
import type { Context } from './context';
import { districtName, findPreset, PRESETS, presetView, REFERENCE } from './presets';
import { Refusal } from './result';
import type { ParsedInput } from './schemas';

function needs(field: string): Refusal {
  return new Refusal({ code: 'invalid-input', messageKey: 'error.presetNeeds', params: { field }, field });
}

/** An election with how certain each of its settings is, as its preset records it. */
function withCertainty(e: ElectionRecord): ElectionView {
  const preset = findPreset(e.preset);
  // A preset this version does not know: treat every setting as fixed rather than guess which may change.
  const certainty =
    preset?.certainty ?? (Object.fromEntries(Object.keys(e.profile).map((k) => [k, 'C'])) as Record<ProfileKey, Certainty>);
  return { ...e, certainty };
}

export function mustGetElection(ctx: Context, id: number): ElectionView {
  const election = getElection(ctx.db, id);
  if (!election) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'electionId' });
  return withCertainty(election);
}

/** The election's kind, day and rule profile: what checking a candidate needs, without the election's counts. */
export function mustGetElectionRules(ctx: Context, id: number): ElectionRules {
  const election = getElectionRules(ctx.db, id);
  if (!election) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'electionId' });
  return election;
}

/**
 * Changes settings of the election's rule profile. Only settings the domain reference tags [L] or [U] are the
 * commission's to choose; a [C] setting is the law's and is refused, naming it. Unchanged values are not journaled.
 */
function updateProfile(input: ParsedInput<'elections.updateProfile'>, ctx: Context): ElectionView {
  ctx.write((who) => {
    const election = mustGetElection(ctx, input.id);
    const changes: Partial<RuleProfile> = input.changes;
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(changes) as [ProfileKey, unknown][]) {
      if (value === undefined) continue;
      if (election.certainty[key] === 'C')
        throw new Refusal({ code: 'invalid-input', messageKey: 'error.profileSettingFixed', params: { setting: key }, field: key });
      if (canonicalJson(election.profile[key]) === canonicalJson(value)) continue;
      before[key] = election.profile[key];
      after[key] = value;
    }
    if (Object.keys(after).length === 0) return;
    const profile: RuleProfile = { ...election.profile, ...after };
    updateElectionProfile(ctx.db, who, election.id, profile, { before, after });
  });
  return mustGetElection(ctx, input.id);
}

function mustGetParty(ctx: Context, id: number): PartyView & { electionId: number } {
  const party = getParty(ctx.db, id);
  if (!party) throw new Refusal({ code: 'not-found', messageKey: 'error.notFound', field: 'id' });
  return party;
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
  'elections.list': (_: ParsedInput<'elections.list'>, ctx: Context) => listElections(ctx.db).map(withCertainty),
  'elections.get': (input: ParsedInput<'elections.get'>, ctx: Context) => mustGetElection(ctx, input.id),
  'elections.updateProfile': updateProfile,
  'parties.update': (input: ParsedInput<'parties.update'>, ctx: Context): PartyView => {
    ctx.write((who) => {
      if (mustGetParty(ctx, input.id).depositStatus !== input.depositStatus) updatePartyDeposit(ctx.db, who, input.id, input.depositStatus);
    });
    const { electionId: _, ...party } = mustGetParty(ctx, input.id);
    return party;
  },
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
