import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs, NAMESPACES } from '../../src/domain/i18n';
import { LANGS } from '../../src/domain/types';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const keysOf = (lang: (typeof LANGS)[number], ns: (typeof NAMESPACES)[number]) =>
  leaves(catalogs[lang][ns]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('catalogs', () => {
  for (const ns of NAMESPACES) {
    it(`${ns}: Kazakh, Russian and English have the same keys`, () => {
      const [first, ...rest] = LANGS.map((lang) => [...keysOf(lang, ns).keys()].sort());
      for (const other of rest) expect(other).toEqual(first);
    });

    it(`${ns}: no message is empty`, () => {
      for (const lang of LANGS)
        for (const [key, text] of keysOf(lang, ns)) expect(text.trim(), `${lang}/${ns}: ${key}`).not.toBe('');
    });
  }

  it('the ui catalog does not reuse a top-level name of core', () => {
    const core = new Set(Object.keys(catalogs.en.core));
    for (const name of Object.keys(catalogs.en.ui)) expect(core.has(name), name).toBe(false);
  });

  it('every key the renderer names literally exists in ui or core', () => {
    const known = new Set([...keysOf('en', 'ui').keys(), ...keysOf('en', 'core').keys()]);
    const literal = /(?:\bt\(\s*|messageKey:\s*|transportFailure\(\s*)['"]([\w.-]+)['"]/g;
    const used: string[] = [];
    for (const file of sourceFiles(join(__dirname, '../../src/renderer'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(literal)) if (m[1]) used.push(m[1]);
    }
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
