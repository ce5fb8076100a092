import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/domain/i18n';
import { localizeParams, paramWords } from '../../src/domain/message-text';
import type { Lang } from '../../src/domain/types';
import { said, saidOfError, wordSaid } from '../../src/renderer/i18n/said';

// A notice is kept as a key with parameters and worded when shown: the same saying reads in each language.

function message(lang: Lang) {
  const i18n = createI18n(lang, 'ui');
  const words = paramWords((key, options) => i18n.t(key, options), lang);
  return (key: string, params?: Record<string, string | number>) => i18n.t(key, { ...localizeParams(params, words) });
}

describe('a thing said, worded when shown', () => {
  const decided = said('decide.done', { decision: said('decision.registered'), number: '7/12', date: '2023-02-16' });

  it('words the nested word and the date in the language asked for', () => {
    expect(wordSaid(decided, message('ru'))).toBe('Решение записано: Зарегистрирован, постановление № 7/12 от 16.02.2023.');
    expect(wordSaid(decided, message('kk'))).toBe('Шешім жазылды: Тіркелді, 16.02.2023 № 7/12 қаулы.');
  });

  it('keeps a refusal as its key and parameters', () => {
    const refusal = saidOfError({ messageKey: 'error.notFound' });
    expect(refusal).toEqual({ key: 'error.notFound' });
    expect(wordSaid(said('lists.reorderRefused', { error: refusal }), message('en'))).toBe(
      'The order was not saved and is back as it was: The record was not found: it may have been removed from view or never existed.',
    );
  });
});
