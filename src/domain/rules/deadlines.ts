import type { Finding } from '../finding';
import type { Rule } from './context';

// The election calendar (domain §5): nominations are received from the opening day until 18:00 local time of the
// closing day. Times are the receiving commission's local time, as the clerk writes them on the receipt, so they
// compare directly with the profile's local deadlines.

function split(local: string): { date: string; time: string } {
  const [date = '', time = ''] = local.split('T');
  return { date, time };
}

export const nominationDeadline: Rule = ({ nomination }, ctx) => {
  const received = nomination.receivedOn;
  if (received === '') return [];
  const opens = ctx.profile.nominationOpens;
  const closes = split(ctx.profile.nominationCloses);
  const base = { field: 'receivedOn', legalRef: 'legal.calendar', params: { opens, closesOn: closes.date, closesAt: closes.time } };
  const findings: Finding[] = [];
  if (received < opens)
    findings.push({ rule: 'deadline.nominationEarly', severity: 'error', messageKey: 'finding.deadline.nominationEarly', ...base });
  else if (received > closes.date || (received === closes.date && nomination.receivedTime !== '' && nomination.receivedTime > closes.time))
    findings.push({ rule: 'deadline.nominationLate', severity: 'error', messageKey: 'finding.deadline.nominationLate', ...base });
  else if (received === closes.date && nomination.receivedTime === '')
    findings.push({ rule: 'deadline.nominationTime', severity: 'warning', field: 'receivedTime', messageKey: 'finding.deadline.nominationTime', legalRef: 'legal.calendar', params: base.params });
  return findings;
};
