import type { Finding } from '../finding';
import { DECLARATIONS, type Declaration } from '../types';
import type { Rule } from './context';

// A court's finding of incapacity or a sentence being served (Const. Art. 33(3)), an unexpunged criminal record or
// a corruption offence (Election Law Art. 4(4)) bar a person. The clerk records each as declared and checked: "yes"
// bars, "unknown" must be resolved before registration.
const LAW: Record<Declaration, string> = {
  incapacity: 'legal.const33_3',
  imprisonment: 'legal.const33_3',
  criminalRecord: 'legal.electionLaw4_4',
  corruption: 'legal.electionLaw4_4',
};

export const declarations: Rule = ({ person }) => {
  const findings: Finding[] = [];
  for (const d of DECLARATIONS) {
    const answer = person.declarations[d];
    if (answer === 'no') continue;
    findings.push({
      rule: `declaration.${d}`,
      severity: answer === 'yes' ? 'error' : 'warning',
      field: `declarations.${d}`,
      messageKey: answer === 'yes' ? `finding.declaration.${d}` : `finding.declarationUnknown.${d}`,
      legalRef: LAW[d],
    });
  }
  return findings;
};
