import type { Rule } from './context';

/**
 * A person's region of residence is one of the election's regions, by its code. A text that named none (an import
 * before issue 11, left as it was by migration 6) is not changed behind the clerk's back: it is said, with the text,
 * until the clerk chooses the region.
 */
export const residenceRegion: Rule = ({ person }, ctx) => {
  const stored = person.residenceRegion;
  // No regions known (the form before the election's regions have loaded) is no reason to doubt a stored one.
  if (stored === '' || ctx.regions.length === 0 || ctx.regions.includes(stored)) return [];
  return [{ rule: 'residence.region', severity: 'warning', field: 'residenceRegion', messageKey: 'finding.residence.region', params: { text: stored } }];
};
