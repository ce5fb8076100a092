import { expect, test } from './fixtures';

test.describe('the browser mode', () => {
  test('the desk loads in Chromium under the strict policy, and the API wants the token', async ({ page, desk }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(desk.url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page).toHaveTitle(/Tizim/);
    await expect(page.locator('#root')).not.toBeEmpty();
    // The page never sends its token anywhere but the Authorization header; the hash stays in the browser.
    const withoutToken = await page.evaluate(async () => {
      const answer = await fetch('/api/elections.list', { method: 'POST', body: '{}' });
      return { status: answer.status, body: (await answer.json()) as unknown };
    });
    expect(withoutToken.status).toBe(401);
    expect(withoutToken.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const withToken = await page.evaluate(async (token) => {
      const answer = await fetch('/api/elections.list', {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      return (await answer.json()) as { ok: boolean; value: Array<{ counts: { districts: number } }> };
    }, desk.token);
    expect(withToken.ok).toBe(true);
    expect(withToken.value[0]?.counts.districts).toBe(29);
    expect(violations).toEqual([]);
  });

  test('another site open in the same browser cannot reach the ledger', async ({ page, desk }) => {
    // A page on another origin (here: another port on this machine, which is as foreign as any web site).
    await page.goto('about:blank');
    const status = await page.evaluate(async ({ origin, token }) => {
      try {
        const answer = await fetch(`${origin}/api/elections.list`, {
          method: 'POST',
          mode: 'no-cors',
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify({ token }),
        });
        return answer.type;
      } catch {
        return 'blocked';
      }
    }, { origin: desk.origin, token: 'guess' });
    // An opaque answer or a network error: either way the page learns nothing, and the host refused the call.
    expect(['opaque', 'blocked']).toContain(status);
    const direct = await page.request.post(`${desk.origin}/api/elections.list`, {
      headers: { Origin: 'http://evil.example', Authorization: `Bearer ${desk.token}` },
      data: {},
    });
    expect(direct.status()).toBe(403);
  });
});
