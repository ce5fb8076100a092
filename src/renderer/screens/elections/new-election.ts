import type { Finding } from '../../../domain/finding';
import type { ElectionView, InputOf, PresetView } from '../../../service/contract';

export interface NewElectionDraft {
  preset: string;
  regionCode: string;
  councilName: string;
  listMandates: string;
  districtCount: string;
}

export const EMPTY_ELECTION_DRAFT: NewElectionDraft = {
  preset: '',
  regionCode: '',
  councilName: '',
  listMandates: '',
  districtCount: '',
};

function count(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= 500 ? Number(t) : null;
}

const required = (field: string): Finding => ({ rule: 'form.required', severity: 'error', field, messageKey: 'finding.required' });

/** What the chosen preset still needs from the clerk, as findings beside its fields. */
export function checkNewElection(draft: NewElectionDraft, preset: PresetView | undefined): Finding[] {
  if (!preset) return [required('preset')];
  const out: Finding[] = [];
  if (preset.needs.region && draft.regionCode === '') out.push(required('regionCode'));
  if (preset.needs.councilName && draft.councilName.trim() === '') out.push(required('councilName'));
  for (const field of ['listMandates', 'districtCount'] as const) {
    if (!preset.needs[field]) continue;
    if (draft[field].trim() === '') out.push(required(field));
    else if (count(draft[field]) === null)
      out.push({ rule: 'form.count', severity: 'error', field, messageKey: 'create.countRange', params: { max: 500 } });
  }
  return out;
}

export function electionInput(draft: NewElectionDraft, preset: PresetView): InputOf<'elections.create'> {
  return {
    preset: preset.id,
    ...(preset.needs.region ? { regionCode: draft.regionCode } : {}),
    ...(preset.needs.councilName ? { councilName: draft.councilName.trim() } : {}),
    ...(preset.needs.listMandates ? { listMandates: count(draft.listMandates) ?? 0 } : {}),
    ...(preset.needs.districtCount ? { districtCount: count(draft.districtCount) ?? 0 } : {}),
  };
}

/**
 * The elections already on file that this one would repeat: the same preset, region and council. A second copy made
 * by a double click is what the confirmation is there to catch.
 */
export function sameElections(
  input: InputOf<'elections.create'>,
  elections: readonly Pick<ElectionView, 'preset' | 'regionCode' | 'councilName'>[],
): number[] {
  const council = (input.councilName ?? '').trim().toLowerCase();
  return elections.flatMap((e, i) =>
    e.preset === input.preset && (e.regionCode ?? undefined) === input.regionCode && (e.councilName ?? '').trim().toLowerCase() === council
      ? [i]
      : [],
  );
}
