/**
 * Korean search words without their particles. Korean attaches particles to nouns (서울은, 서울에서),
 * and Pagefind splits Korean text on spaces only, so a page's words carry whatever particle the
 * sentence gave them. Pagefind matches a query word as the start of an indexed word (src of
 * pagefind_web: `find_word_extensions`), so a bare noun, 서울, already finds 서울은 and 서울에서;
 * what fails is a query that carries a particle the page does not (서울을 against 서울은). Searching
 * with the particles taken off the query's words closes that gap, for every word on every page,
 * without indexing anything twice.
 */
import { HANGUL_SYLLABLES, isHangulSyllable } from '../i18n/hangul.ts';

/** A particle, and which final syllables it follows: after a consonant (받침), after a vowel, or after any. */
interface Particle {
  text: string;
  after: 'consonant' | 'vowel' | 'any';
}

/**
 * The particles taken off a word's end, longest first. Subject 이/가, topic 은/는 and object 을/를
 * follow a consonant or a vowel, which tells a particle from a word that only ends the same way
 * (아이, 사이, 평가 keep their last syllable); 으로 follows a consonant other than ㄹ, 로 a vowel or ㄹ.
 */
const PARTICLES: readonly Particle[] = [
  { text: '에서', after: 'any' },
  { text: '까지', after: 'any' },
  { text: '으로', after: 'consonant' },
  { text: '은', after: 'consonant' },
  { text: '는', after: 'vowel' },
  { text: '이', after: 'consonant' },
  { text: '가', after: 'vowel' },
  { text: '을', after: 'consonant' },
  { text: '를', after: 'vowel' },
  { text: '과', after: 'consonant' },
  { text: '와', after: 'vowel' },
  { text: '로', after: 'vowel' },
  { text: '의', after: 'any' },
  { text: '에', after: 'any' },
  { text: '도', after: 'any' },
  { text: '만', after: 'any' },
];

/** A stem keeps at least two characters: stripping 도 from 인도 or 의 from 회의 would search for one syllable. */
const MIN_STEM = 2;

/** At most this many particles in a row (서울에서는, 서울까지도, KT와의): three would be a word, not particles. */
const MAX_PARTICLES = 2;

/** How many final consonants (none, ㄱ, ㄲ … ㅎ) each initial and vowel of a syllable come with, in Unicode order. */
const FINALS = 28;

/** The final consonant ㄹ, which takes 로 like a vowel does. */
const RIEUL = 8;

/** The final consonant (받침) of a Hangul syllable: 0 for none, or undefined for a character that is not a syllable. */
function finalConsonant(character: string): number | undefined {
  if (!isHangulSyllable(character)) return undefined;
  return ((character.codePointAt(0) ?? 0) - HANGUL_SYLLABLES.first) % FINALS;
}

/** Whether a particle can follow the stem's last character; after Latin letters or digits (KT는, 5G를) any can. */
function follows(particle: Particle, stem: string): boolean {
  const last = [...stem].at(-1) ?? '';
  const final = finalConsonant(last);
  if (final === undefined) return /[\p{L}\p{N}]/u.test(last);
  if (particle.text === '로') return final === 0 || final === RIEUL;
  if (particle.text === '으로') return final !== 0 && final !== RIEUL;
  if (particle.after === 'consonant') return final !== 0;
  if (particle.after === 'vowel') return final === 0;
  return true;
}

/** A word without the particles at its end: 서울에서는 → 서울, KT와 → KT, 아이 → 아이. */
export function stripParticles(word: string): string {
  let stem = word;
  for (let taken = 0; taken < MAX_PARTICLES; taken += 1) {
    const particle = PARTICLES.find(
      (candidate) =>
        stem.endsWith(candidate.text) &&
        [...stem].length - [...candidate.text].length >= MIN_STEM &&
        follows(candidate, stem.slice(0, -candidate.text.length)),
    );
    if (!particle) break;
    stem = stem.slice(0, -particle.text.length);
  }
  return stem;
}

/** A search query with every Korean word's particles taken off; other words as typed. */
export function normalizeQuery(query: string): string {
  return query
    .trim()
    .split(/\s+/)
    .map((word) => (isHangulSyllable([...word].at(-1) ?? '') ? stripParticles(word) : word))
    .join(' ');
}
