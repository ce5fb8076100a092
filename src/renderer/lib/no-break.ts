/**
 * A number sign kept on the line of its number: «№ 5» never ends one printed line with «№» and starts the next with
 * «5» (a no-break space instead of the space between them). The same for a number and the unit after it («5 %»).
 */
export function keepNumbersWhole(text: string): string {
  return text.replace(/№\s+(?=\d)/g, '№\u00a0');
}
