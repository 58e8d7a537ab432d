// The text side of search, shared by both stores and the routes: what is indexed (the exact and the folded form of
// a text), how a reader's query is read into words and phrases, and the highlighted snippets of a result.
//
// Two forms of every text are indexed:
// - exact: NFC, lower case, the tone mark of "oa", "oe" and "uy" always on the second vowel ("hòa" -> "hoà",
//   "thủy" -> "thuỷ"), so the old and the new placement are one word;
// - folded: `foldDiacritics` (fold.ts): no marks at all, `đ` -> `d` ("Hòa" and "hoa" are one word).
// A query matches on the folded form; a query typed with diacritics ranks matches of its exact form first.
import { decodeHTML } from 'entities';
import { foldDiacritics } from '../fold.js';

/** The five tone marks on a, e and y, in the order grave, acute, hook above, tilde, dot below. */
const TONED: Record<'o' | 'u' | 'a' | 'e' | 'y', string> = { o: 'òóỏõọ', u: 'ùúủũụ', a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ' };

/**
 * The placement variants the exact form unifies, as [old, new] pairs in lower case: "òa" -> "oà", "óe" -> "oé",
 * "ủy" -> "uỷ", ... The PostgreSQL migration is generated from this table: never change a shipped entry.
 */
export const TONE_PLACEMENT: readonly (readonly [string, string])[] = [
  ...[...TONED.o].flatMap((o, i) => [[`${o}a`, `o${TONED.a[i]}`] as const, [`${o}e`, `o${TONED.e[i]}`] as const]),
  ...[...TONED.u].map((u, i) => [`${u}y`, `u${TONED.y[i]}`] as const),
];

const PLACEMENT = new Map(TONE_PLACEMENT);
const PLACEMENT_PATTERN = new RegExp(TONE_PLACEMENT.map(([old]) => old).join('|'), 'g');

/** The exact form: NFC, lower case, one tone-mark placement. */
export function exactForm(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(PLACEMENT_PATTERN, (old) => PLACEMENT.get(old) as string);
}

/** The folded form: no diacritics, `đ` -> `d`, lower case (fold.ts). */
export const foldedForm = foldDiacritics;

/** A word: letters (with their marks) and digits. Everything else separates words, as the indexes' tokenizers do. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of `text` (in the form it has); a run of marks without a letter is no word. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

const BLOCK_TAGS = /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|table|tr|td|th|br|hr)\b[^>]*>/gi;

/** Stored (sanitized) HTML as plain text: tags dropped, entities decoded, white space collapsed. */
export function htmlText(html: string): string {
  return decodeHTML(html.replace(BLOCK_TAGS, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** What an article's or feed item's body part of the index holds: its summary (plain text), then its HTML as text. */
export function bodyText(summary: string, html: string): string {
  return `${summary} ${htmlText(html)}`.trim();
}

/** Most characters a query may have. */
export const MAX_QUERY_LENGTH = 200;

/** One part of a query: a word, or a phrase in quotes (its words in order, next to each other). */
export interface QueryTerm {
  /** The words in the exact form. */
  exact: string[];
  /** The words in the folded form. */
  folded: string[];
  /** The last word is a prefix: the reader may still be typing it. */
  prefix: boolean;
}

export interface SearchQuery {
  terms: QueryTerm[];
  /** Whether any word was typed with diacritics (or `đ`): then matches of the exact form rank first. */
  hasDiacritics: boolean;
}

/** A prefix shorter than this would match too much: a one-letter last word is matched whole. */
const MIN_PREFIX = 2;

/**
 * Reads a reader's query: words, and phrases in double quotes (an unclosed quote runs to the end). Everything
 * that is not a letter or digit only separates words, so the engines' own syntax (`*`, `-`, `:`, `NEAR`, `OR`,
 * parentheses) is never passed on: `NEAR` is a word like any other. The last word outside quotes is a prefix.
 * No words (an empty or punctuation-only query) gives no terms.
 */
export function parseQuery(raw: string): SearchQuery {
  const terms: QueryTerm[] = [];
  const term = (list: string[]): QueryTerm => ({ exact: list.map(exactForm), folded: list.map(foldedForm), prefix: false });
  let lastQuoted = false;
  raw
    .normalize('NFC')
    .split(/["“”„]/)
    .forEach((part, i) => {
      const found = words(part);
      if (found.length === 0) return;
      lastQuoted = i % 2 === 1;
      if (lastQuoted) terms.push(term(found));
      else terms.push(...found.map((word) => term([word])));
    });
  const last = terms.at(-1);
  // Only a bare last word: the words of a quoted phrase and a single letter are matched whole.
  if (last !== undefined && !lastQuoted && last.folded[0].length >= MIN_PREFIX) last.prefix = true;
  const hasDiacritics = terms.some((term) => term.exact.some((word, i) => word !== term.folded[i]));
  return { terms, hasDiacritics };
}

/** Every word of the query, folded, in order: the query as one phrase, for ranking. */
export function allFolded(query: SearchQuery): string[] {
  return query.terms.flatMap((term) => term.folded);
}

// Highlighting. Snippets are built here, from the stored text, for both databases: the text is split into words
// and the rest, every piece is HTML-escaped, and only whole matching words are wrapped in <mark>, so neither the
// stored text nor the query can bring markup of its own.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** Whether a word of the text (folded) matches a word of the query. */
function matcher(query: SearchQuery): (folded: string) => boolean {
  const whole = new Set<string>();
  const prefixes: string[] = [];
  for (const term of query.terms) {
    term.folded.forEach((word, i) => {
      if (term.prefix && i === term.folded.length - 1) prefixes.push(word);
      else whole.add(word);
    });
  }
  return (folded) => whole.has(folded) || prefixes.some((prefix) => folded.startsWith(prefix));
}

interface Piece {
  text: string;
  /** A word (not the text between words). */
  word: boolean;
  match: boolean;
}

function pieces(text: string, matches: (folded: string) => boolean): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const found of text.matchAll(WORD)) {
    const index = found.index ?? 0;
    if (index > at) out.push({ text: text.slice(at, index), word: false, match: false });
    out.push({ text: found[0], word: true, match: matches(foldedForm(found[0])) });
    at = index + found[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), word: false, match: false });
  return out;
}

/** The pieces as HTML: escaped, matching words in <mark>, one <mark> for words next to each other ("cải cách"). */
const render = (list: Piece[]) =>
  list
    .map((piece) => (piece.match ? `<mark>${escape(piece.text)}</mark>` : escape(piece.text)))
    .join('')
    .replace(/<\/mark>( +)<mark>/g, '$1');

/** `text` (plain text) HTML-escaped, with every word that matches the query in <mark>. */
export function highlight(text: string, query: SearchQuery): string {
  return render(pieces(text, matcher(query)));
}

/** Words a snippet shows. */
const SNIPPET_WORDS = 32;

/**
 * A passage of `text` (plain text) around the query's words, HTML-escaped, with the matching words in <mark> and
 * `…` where it is cut: the window of SNIPPET_WORDS words with the most different query words, then the most
 * matches. Without any match, the start of the text.
 */
export function snippet(text: string, query: SearchQuery, size = SNIPPET_WORDS): string {
  const list = pieces(text, matcher(query));
  const wordIndexes = list.flatMap((piece, i) => (piece.word ? [i] : []));
  if (wordIndexes.length <= size) return render(list).trim();
  let best = 0;
  let bestScore = [-1, -1];
  for (let start = 0; start + size <= wordIndexes.length; start++) {
    const matched = wordIndexes.slice(start, start + size).filter((i) => list[i].match);
    const score = [new Set(matched.map((i) => foldedForm(list[i].text))).size, matched.length];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = start;
      bestScore = score;
    }
  }
  // The first window with the most matches has them at its end: start it a few words before its first match instead.
  const inWindow = wordIndexes.slice(best, best + size);
  const first = inWindow.findIndex((i) => list[i].match);
  if (first > 4) {
    const lastMatch = inWindow.findLastIndex((i) => list[i].match);
    best = Math.min(best + first - 4, best + lastMatch, wordIndexes.length - size);
  }
  const from = wordIndexes[best];
  const to = wordIndexes[Math.min(best + size, wordIndexes.length) - 1];
  const body = render(list.slice(from, to + 1));
  return `${best > 0 ? '…' : ''}${body}${to < list.length - 1 && best + size < wordIndexes.length ? '…' : ''}`;
}
