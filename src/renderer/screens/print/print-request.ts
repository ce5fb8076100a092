/** What a print view shows: a party's list, a district's candidates, or the quota compliance of every list. */
export type PrintRequest =
  | { document: 'party-list'; partyId: number; order?: 'submitted' | 'alphabetical' }
  | { document: 'district'; districtId: number }
  | { document: 'quota' };

/** The service's input for a request, in the document's language. */
export function printInput(electionId: number, request: PrintRequest, lang: 'kk' | 'ru' | 'en') {
  switch (request.document) {
    case 'party-list':
      return { electionId, document: request.document, partyId: request.partyId, lang, order: request.order ?? 'submitted' } as const;
    case 'district':
      return { electionId, document: request.document, districtId: request.districtId, lang, order: 'submitted' } as const;
    default:
      return { electionId, document: request.document, lang, order: 'submitted' } as const;
  }
}
