import { describe, expect, it } from 'vitest';
import { headline, headlines, summary, type ArticleTexts } from '../../src/lib/i18n/articleText.ts';
import { en, type Dictionary } from '../../src/lib/i18n/en.ts';
import { dictionary } from '../../src/lib/i18n/index.ts';
import { HANGUL } from '../../src/lib/i18n/hangul.ts';
import { ko } from '../../src/lib/i18n/ko.ts';
import { DEFAULT_LOCALE, LOCALES, isLocale, langAttribute, otherLocale } from '../../src/lib/i18n/locales.ts';

const english: ArticleTexts = {
  title: 'KT, LG Uplus join hands',
  language: 'en',
  summary: 'LG Uplus bought a stake.',
};
const korean: ArticleTexts = { title: 'KT-LG, AI 원팀', language: 'ko', summary: 'KT began talks.' };

describe('locales', () => {
  it('has English first, as the default edition', () => {
    expect(LOCALES[0]).toBe(DEFAULT_LOCALE);
    expect(isLocale('ko')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(otherLocale('en')).toBe('ko');
  });

  it('marks text only where it is not in the page’s language', () => {
    expect(langAttribute('ko', 'en')).toBe('ko');
    expect(langAttribute('en', 'en')).toBeUndefined();
  });
});

describe('headline', () => {
  it('is the original in its own edition', () => {
    expect(headline(english, 'en')).toEqual({ text: english.title, lang: 'en', kind: 'original' });
    expect(headline(korean, 'ko')).toEqual({ text: korean.title, lang: 'ko', kind: 'original' });
  });

  it('is the editors’ translation in the other edition, marked as one', () => {
    expect(headline({ ...english, titleKo: 'KT·LG유플러스 손잡아' }, 'ko')).toEqual({
      text: 'KT·LG유플러스 손잡아',
      lang: 'ko',
      kind: 'translation',
    });
    expect(headline({ ...korean, titleEn: 'KT and LG as an AI One Team' }, 'en').kind).toBe('translation');
  });

  it('is the original, untranslated and in its own language, where no translation was given', () => {
    expect(headline(english, 'ko')).toEqual({ text: english.title, lang: 'en', kind: 'untranslated' });
    expect(headline(korean, 'en')).toEqual({ text: korean.title, lang: 'ko', kind: 'untranslated' });
  });

  it('gives both editions’ headlines at once', () => {
    expect(headlines({ ...english, titleKo: '번역' })).toEqual({ en: english.title, ko: '번역' });
  });
});

describe('summary', () => {
  it('is the English summary in English, the Korean one in Korean, English marked untranslated without one', () => {
    expect(summary(korean, 'en')).toEqual({ text: korean.summary, lang: 'en', kind: 'original' });
    expect(summary({ ...english, summaryKo: '요약' }, 'ko')).toEqual({ text: '요약', lang: 'ko', kind: 'original' });
    expect(summary(english, 'ko')).toEqual({ text: english.summary, lang: 'en', kind: 'untranslated' });
  });
});

/** Every static string of a dictionary, in the order of its keys. */
const strings = (value: object): string[] =>
  Object.values(value).flatMap((child) =>
    typeof child === 'string' ? [child] : typeof child === 'object' && child !== null ? strings(child) : [],
  );

// A dictionary missing a key is not a Dictionary: `npm run check` compiles the tests, and fails if
// this line ever compiles, so the Korean dictionary cannot lose a key unnoticed.
// @ts-expect-error The object lacks every key but one.
const _incomplete: Dictionary = { languageName: '한국어' };

describe('dictionaries', () => {
  it('gives each edition the dictionary in its own language: its name for itself, and no Korean in English', () => {
    for (const locale of LOCALES) {
      const ownName = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
      expect(dictionary(locale).languageName, locale).toBe(ownName);
    }
    expect(strings(dictionary('en')).filter((text) => HANGUL.test(text))).toEqual([]);
    expect(strings(dictionary('ko')).filter((text) => HANGUL.test(text)).length).toBeGreaterThan(
      strings(dictionary('ko')).length / 2,
    );
  });

  it('has every English key in Korean too', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        typeof child === 'object' && child !== null ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(ko)).toEqual(keys(en));
  });

  it('translates every static string (only names and codes stay the same)', () => {
    const same = strings(en).filter((text, index) => text === strings(ko)[index]);
    expect(same).toEqual([]);
  });
});

describe('the titles of editors’ notes', () => {
  it('are shown in Korean in the Korean edition where the site knows them, whatever their case or apostrophe', () => {
    expect(ko.mdx.noteTitle('Correction')).toBe('정정');
    expect(ko.mdx.noteTitle('correction ')).toBe('정정');
    expect(ko.mdx.noteTitle('Editor’s note')).toBe(ko.mdx.editorsNote);
    expect(ko.mdx.noteTitle('Clarification')).toBe('보충 설명');
  });

  it('are left to be shown as written where the site does not know them, and as written in English', () => {
    expect(ko.mdx.noteTitle('A note on names')).toBeUndefined();
    expect(en.mdx.noteTitle('Correction')).toBe('Correction');
  });
});
