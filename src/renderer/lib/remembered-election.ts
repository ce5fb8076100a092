const ELECTION_KEY = 'tizim.election';

export function rememberedElection(): number | null {
  try {
    const id = Number(localStorage.getItem(ELECTION_KEY));
    return Number.isInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
}

export function rememberElection(id: number): void {
  try {
    localStorage.setItem(ELECTION_KEY, String(id));
  } catch {
    // Without storage the desk simply starts at the list of elections.
  }
}

export function forgetElection(): void {
  try {
    localStorage.removeItem(ELECTION_KEY);
  } catch {
    // Nothing to forget.
  }
}
