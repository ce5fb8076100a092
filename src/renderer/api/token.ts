// The host prints its address with a per-launch token in the fragment (#token=…), which never reaches a server log.
// The page takes it once, keeps it for this tab only and wipes it from the address bar and the history.

const TOKEN_KEY = 'tizim.token';

export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token !== null && token.trim() !== '' ? token.trim() : null;
}

export function adoptTokenFromAddress(): void {
  const token = tokenFromHash(window.location.hash);
  if (token === null) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * A clerk who pastes the address of a restarted host into the same tab changes only the fragment, which does not
 * reload the page: take the new token and start afresh, so that nothing still shows the old session's refusals.
 */
export function watchForNewToken(): void {
  window.addEventListener('hashchange', () => {
    if (tokenFromHash(window.location.hash) === null) return;
    adoptTokenFromAddress();
    window.location.reload();
  });
}
