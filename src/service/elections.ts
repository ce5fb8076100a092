import { COMMISSION_LEVELS, defaultCommissionLevel, standardCommissionName, type Commission } from '../domain/commission';
import { PRESET_IDS, type Certainty, type ProfileKey, type RuleProfile } from '../domain/profile';
import type { ElectionView, PartyView } from '../domain/records';
import { canonicalJson } from '../ledger/canonical';
import {
  electionHasDecisions,
  getElection,
  getElectionRules,
  insertElection,
  listElections,
  standingNominations,
  updateElectionCommission,
  updateElectionProfile,
  voidElection,
  type ElectionRecord,
  type ElectionRules,
} from '../ledger/elections';
import { voidNomination } from '../ledger/nominations';
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
import { z } from 'zod';
import { DEPOSIT_STATUSES } from '../domain/types';
import type { Context } from './context';
import { method } from './method';
import { districtName, findPreset, PRESETS, presetView, REFERENCE } from './presets';
import { requiredReason } from './reason';
import { Refusal } from './result';
import { id, localizedSchema, none, profileChangesSchema, text } from './schemas';

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

/** An election created in error is kept as it was: nothing more is entered or decided in it. */
export function assertElectionOpen(election: Pick<ElectionRules, 'voided'>): void {
  if (election.voided) throw new Refusal({ code: 'conflict', messageKey: 'error.electionVoided' });
}

/**
 * Voids an election created in error (a second copy made by a double click): allowed while the commission has
 * decided nothing in it — no decision on a nomination or a list, no votes entered. Its nominations, none of them
 * decided, are voided with it, each journaled, so no list, count or check anywhere sees them.
 */
const voidInput = z.strictObject({ id, reason: text(1000) });

function voidAnElection(input: z.output<typeof voidInput>, ctx: Context): ElectionView {
  const reason = requiredReason(input.reason);
  ctx.write((who) => {
    const election = mustGetElectionRules(ctx, input.id);
    assertElectionOpen(election);
    if (electionHasDecisions(ctx.db, election.id)) throw new Refusal({ code: 'conflict', messageKey: 'error.electionDecided' });
    voidElection(ctx.db, who, election.id, reason);
    for (const n of standingNominations(ctx.db, election.id))
      if (!voidNomination(ctx.db, who, n.id, n.version, reason, { election: election.id }))
        throw new Refusal({ code: 'stale', messageKey: 'error.stale' });
  });
  return mustGetElection(ctx, input.id);
}

/**
 * Changes settings of the election's rule profile. Only settings the domain reference tags [L] or [U] are the
 * commission's to choose; a [C] setting is the law's and is refused, naming it. Unchanged values are not journaled.
 */
const updateProfileInput = z.strictObject({ id, changes: profileChangesSchema });

function updateProfile(input: z.output<typeof updateProfileInput>, ctx: Context): ElectionView {
  ctx.write((who) => {
    const election = mustGetElection(ctx, input.id);
    assertElectionOpen(election);
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

/** The commission as the desk keeps it: its level, and its name in Kazakh and Russian at least (English may follow). */
const commissionSchema = z.strictObject({
  level: z.enum(COMMISSION_LEVELS),
  name: z.strictObject({ kk: text(300), ru: text(300), en: text(300).default('') }),
});

function checkedCommission(input: z.output<typeof commissionSchema>): Commission {
  const name = { kk: input.name.kk.trim(), ru: input.name.ru.trim(), en: input.name.en.trim() };
  for (const lang of ['kk', 'ru'] as const)
    if (name[lang] === '')
      throw new Refusal({ code: 'invalid-input', messageKey: 'error.commissionName', field: `commission.name.${lang}` });
  return { level: input.level, name };
}

/** Changes whose documents the election's are: the commission's level and name. An unchanged commission is not journaled. */
const updateCommissionInput = z.strictObject({ id, commission: commissionSchema });

function updateCommission(input: z.output<typeof updateCommissionInput>, ctx: Context): ElectionView {
  const commission = checkedCommission(input.commission);
  ctx.write((who) => {
    const election = mustGetElection(ctx, input.id);
    if (canonicalJson(election.commission) === canonicalJson(commission)) return;
    updateElectionCommission(ctx.db, who, election.id, commission, election.commission);
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
const createInput = z.strictObject({
  preset: z.enum(PRESET_IDS),
  regionCode: text(60).optional(),
  councilName: text(300).optional(),
  listMandates: z.number().int().min(1).max(500).optional(),
  districtCount: z.number().int().min(1).max(500).optional(),
  /** Whose documents these are; by default the preset's: the CEC for the Mazhilis, the region's territorial commission. */
  commission: commissionSchema.optional(),
});

export function createElection(input: z.output<typeof createInput>, ctx: Context): ElectionView {
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
  const level = defaultCommissionLevel(preset.kind);
  const commission = input.commission
    ? checkedCommission(input.commission)
    : { level, name: standardCommissionName(level, { region: region?.name ?? null }) ?? { kk: '', ru: '', en: '' } };

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
      commission,
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

const inElection = z.strictObject({ electionId: id });

export const electionMethods = {
  'elections.presets': method.answer({ permission: 'observer', input: none, handler: () => PRESETS.map(presetView) }),
  'elections.create': method.answer({ permission: 'administrator', input: createInput, handler: createElection }),
  'elections.list': method.answer({
    permission: 'observer',
    /** The picker's elections; those created in error only when asked for. */
    input: z.strictObject({ withVoided: z.boolean().default(false) }),
    handler: (input, ctx) => listElections(ctx.db, input.withVoided).map(withCertainty),
  }),
  /** An election created in error (twice, by a double click): voided, with why, while nothing in it is decided. */
  'elections.void': method.answer({ permission: 'administrator', input: voidInput, handler: voidAnElection }),
  'elections.get': method.answer({ permission: 'observer', input: z.strictObject({ id }), handler: (input, ctx) => mustGetElection(ctx, input.id) }),
  'elections.updateProfile': method.answer({ permission: 'administrator', input: updateProfileInput, handler: updateProfile }),
  /** The commission whose documents these are: its level and its name in each language, as prints and reports head. */
  'elections.updateCommission': method.answer({ permission: 'administrator', input: updateCommissionInput, handler: updateCommission }),
  'regions.list': method.answer({
    permission: 'observer',
    input: inElection,
    handler: (input, ctx) => listRegions(ctx.db, mustGetElection(ctx, input.electionId).id),
  }),
  'districts.list': method.answer({
    permission: 'observer',
    input: inElection,
    handler: (input, ctx) => listDistricts(ctx.db, mustGetElection(ctx, input.electionId).id),
  }),
  'parties.list': method.answer({
    permission: 'observer',
    input: inElection,
    handler: (input, ctx) => listParties(ctx.db, mustGetElection(ctx, input.electionId).id),
  }),
  'parties.update': method.answer({
    permission: 'administrator',
    input: z.strictObject({ id, depositStatus: z.enum(DEPOSIT_STATUSES) }),
    handler: (input, ctx): PartyView => {
      ctx.write((who) => {
        if (mustGetParty(ctx, input.id).depositStatus !== input.depositStatus) updatePartyDeposit(ctx.db, who, input.id, input.depositStatus);
      });
      const { electionId: _, ...party } = mustGetParty(ctx, input.id);
      return party;
    },
  }),
  'parties.create': method.answer({
    permission: 'administrator',
    input: z.strictObject({
      electionId: id,
      code: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
      shortName: text(60).min(1),
      name: localizedSchema,
      /** The short name in each language; the Latin short name where not given. */
      short: z.strictObject({ kk: text(60), ru: text(60), en: text(60) }).partial().default({}),
    }),
    handler: (input, ctx) => {
      const election = mustGetElection(ctx, input.electionId);
      const parties = listParties(ctx.db, election.id);
      if (parties.some((p) => p.code === input.code))
        throw new Refusal({ code: 'conflict', messageKey: 'error.partyCodeTaken', params: { code: input.code }, field: 'code' });
      const ballotOrder = Math.max(0, ...parties.map((p) => p.ballotOrder)) + 1;
      const id = ctx.write((who) =>
        insertParty(ctx.db, who, election.id, {
          code: input.code,
          shortName: input.shortName.trim(),
          name: input.name,
          short: { kk: input.short.kk?.trim() ?? '', ru: input.short.ru?.trim() ?? '', en: input.short.en?.trim() ?? '' },
          ballotOrder,
        }),
      );
      const created = listParties(ctx.db, election.id).find((p) => p.id === id);
      if (!created) throw new Error('party vanished after insert');
      return created;
    },
  }),
};
