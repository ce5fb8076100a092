import { describe, expect, it } from 'vitest';
import { pickLang } from '../../src/cli/lang';
import { resolveUnder } from '../../src/host/static-files';
import { bearerToken, tokenMatches } from '../../src/host/token';
import { isCallPayload, isRendererUrl } from '../../src/main/ipc-payload';
import { ledgerPath } from '../../src/main/ledger-path';

describe('the language of the command line', () => {
  it('takes --lang first, then TIZIM_LANG, then a Kazakh or Russian locale, else English', () => {
    expect(pickLang(['verify', '--lang', 'ru'], { TIZIM_LANG: 'kk' })).toEqual({ lang: 'ru', invalid: null });
    expect(pickLang(['--lang=kk'], {})).toEqual({ lang: 'kk', invalid: null });
    expect(pickLang([], { TIZIM_LANG: 'kk', LANG: 'ru_RU.UTF-8' }).lang).toBe('kk');
    expect(pickLang([], { LANG: 'ru_RU.UTF-8' }).lang).toBe('ru');
    expect(pickLang([], { LANG: 'kk_KZ.UTF-8' }).lang).toBe('kk');
    expect(pickLang([], { LC_ALL: 'kk_KZ.UTF-8', LANG: 'en_US.UTF-8' }).lang).toBe('kk');
    expect(pickLang([], { LANG: 'de_DE.UTF-8' }).lang).toBe('en');
    expect(pickLang(['--lang', 'de'], { LANG: 'ru_RU' })).toEqual({ lang: 'ru', invalid: 'de' });
  });
});

describe('the host’s small guards', () => {
  it('reads a bearer token and compares it whole', () => {
    expect(bearerToken('Bearer abc_DEF-1')).toBe('abc_DEF-1');
    expect(bearerToken('bearer abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abc', 'abcd')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
  });

  it('resolves page paths inside the renderer folder only', () => {
    expect(resolveUnder('/srv/r', '/')).toBe('/srv/r/index.html');
    expect(resolveUnder('/srv/r', '/assets/a.js')).toBe('/srv/r/assets/a.js');
    expect(resolveUnder('/srv/r', '/../etc/passwd')).toBeNull();
    expect(resolveUnder('/srv/r', '/%2e%2e/x')).toBeNull();
    expect(resolveUnder('/srv/r', '/%E0%A4%A')).toBeNull();
    expect(resolveUnder('/srv/r', '/a%00.js')).toBeNull();
  });
});

describe('the Electron side’s checks', () => {
  it('accepts only { method, input } over IPC', () => {
    expect(isCallPayload({ method: 'elections.list', input: {} })).toBe(true);
    expect(isCallPayload({ method: 'elections.list' })).toBe(true);
    expect(isCallPayload({ method: '', input: {} })).toBe(false);
    expect(isCallPayload({ method: 3, input: {} })).toBe(false);
    expect(isCallPayload({ method: 'a', input: {}, extra: 1 })).toBe(false);
    expect(isCallPayload(['elections.list', {}])).toBe(false);
    expect(isCallPayload(null)).toBe(false);
  });

  it('carries the id a long job is followed by, as the browser’s X-Tizim-Job header does, and only a well-formed one', () => {
    expect(isCallPayload({ method: 'imports.preview', input: {}, job: '0f1e2d3c4b5a69788796a5b4c3d2e1f0' })).toBe(true);
    expect(isCallPayload({ method: 'imports.preview', input: {}, job: 'short' })).toBe(false);
    expect(isCallPayload({ method: 'imports.preview', input: {}, job: 'has space in it' })).toBe(false);
    expect(isCallPayload({ method: 'imports.preview', input: {}, job: 12345678 })).toBe(false);
  });

  it('knows its own page whatever its hash', () => {
    const ours = 'file:///opt/tizim/out/renderer/index.html';
    expect(isRendererUrl('file:///opt/tizim/out/renderer/index.html#/journal', ours)).toBe(true);
    expect(isRendererUrl('file:///tmp/evil.html', ours)).toBe(false);
    expect(isRendererUrl('https://example.com/out/renderer/index.html', ours)).toBe(false);
    expect(isRendererUrl('', ours)).toBe(false);
  });

  it('finds the ledger: --db, then TIZIM_DB, then the user data folder', () => {
    expect(ledgerPath(['electron', '.', '--db', '/tmp/x.sqlite'], { TIZIM_DB: '/tmp/y.sqlite' }, '/home/u/.config/tizim')).toBe(
      '/tmp/x.sqlite',
    );
    expect(ledgerPath(['electron', '--db=/tmp/z.sqlite'], {}, '/data')).toBe('/tmp/z.sqlite');
    expect(ledgerPath(['electron'], { TIZIM_DB: '/tmp/y.sqlite' }, '/data')).toBe('/tmp/y.sqlite');
    expect(ledgerPath(['electron'], {}, '/data')).toBe('/data/tizim.sqlite');
  });
});
