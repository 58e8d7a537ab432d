// What the SQLite and PostgreSQL searches share: the ranking tiers of a query, written as an FTS5 match expression
// (SQLite) or a tsquery (PostgreSQL), and the assembly of the result page. A query's words are letters and digits
// only (search/text.ts), and are quoted here, so no reader's text is ever read as the engines' own syntax.
import { allFolded, type QueryTerm, type SearchQuery } from '../search/text.js';
import { toItem, toSummary, type ArticleRow, type ItemRow } from './rows.js';
import type { SearchHit } from './types.js';

/**
 * The checks a match is ranked by, with their weight in the score (highest first): the exact form (only for a
 * query with diacritics), the whole query as a phrase in the title, every term in the title, the phrase anywhere
 * (only for a query of more than one word), and the last word whole rather than as a prefix. A match that passes
 * none scores 0. Same score: newest first.
 */
export interface Tier {
  weight: number;
  /** Which form and which part of the index the check looks at. */
  form: 'exact' | 'folded';
  titleOnly: boolean;
  /** The query's words as one phrase, instead of each term on its own. */
  phrase: boolean;
  /** The last word whole, not as a prefix. */
  whole?: boolean;
}

export function tiers(query: SearchQuery): Tier[] {
  const list: Tier[] = [];
  const several = allFolded(query).length > 1;
  if (query.hasDiacritics) list.push({ weight: 16, form: 'exact', titleOnly: false, phrase: false });
  if (several) list.push({ weight: 8, form: 'folded', titleOnly: true, phrase: true });
  list.push({ weight: 4, form: 'folded', titleOnly: true, phrase: false });
  if (several) list.push({ weight: 2, form: 'folded', titleOnly: false, phrase: true });
  // A finished word before the words it starts: "hoà" finds "hoà" before "hoàn" and "hoạt".
  if (query.terms.at(-1)?.prefix)
    list.push({ weight: 1, form: query.hasDiacritics ? 'exact' : 'folded', titleOnly: false, phrase: false, whole: true });
  return list;
}

/** The query as one phrase (every word in order, the last one a prefix when it is one). */
function asPhrase(query: SearchQuery): QueryTerm {
  const last = query.terms.at(-1);
  return {
    exact: query.terms.flatMap((term) => term.exact),
    folded: allFolded(query),
    prefix: last?.prefix ?? false,
  };
}

const termsOf = (query: SearchQuery, phrase: boolean, whole = false) =>
  (phrase ? [asPhrase(query)] : query.terms).map((term) => (whole ? { ...term, prefix: false } : term));

// SQLite FTS5: columns title_exact, title_folded, body_exact, body_folded (migrations.ts).

/** An FTS5 match expression: every term (or the phrase) in the form's columns. */
export function ftsMatch(query: SearchQuery, form: Tier['form'] = 'folded', titleOnly = false, phrase = false, whole = false): string {
  const columns = titleOnly ? `title_${form}` : `title_${form} body_${form}`;
  const terms = termsOf(query, phrase, whole).map((term) => `"${term[form].join(' ')}"${term.prefix ? '*' : ''}`);
  return `{${columns}} : (${terms.join(' AND ')})`;
}

// PostgreSQL: tsvector columns search_exact and search_folded, the title's lexemes with weight A (pg-migrations.ts).

/** A tsquery (to cast with ::tsquery): every term (or the phrase) of the form; only title lexemes with `titleOnly`. */
export function tsQuery(query: SearchQuery, form: Tier['form'] = 'folded', titleOnly = false, phrase = false, whole = false): string {
  const lexeme = (word: string, prefix: boolean) => {
    const flags = `${prefix ? '*' : ''}${titleOnly ? 'A' : ''}`;
    return `'${word}'${flags && `:${flags}`}`;
  };
  return termsOf(query, phrase, whole)
    .map((term) => {
      const list = term[form].map((word, i) => lexeme(word, term.prefix && i === term[form].length - 1));
      return list.length === 1 ? list[0] : `(${list.join(' <-> ')})`;
    })
    .join(' & ');
}

/** One ranked match: its kind and id (the page's rows are read afterwards). */
export interface MatchRow {
  type: 'article' | 'feed-item';
  id: number;
}

export interface ArticleHitRow extends ArticleRow {
  body: string;
}

export interface FeedHitRow extends ItemRow {
  source_id: string;
  source_name: string;
  source_url: string;
  source_site_url: string | null;
}

/** The page's hits in ranked order, from the article and item rows read for it. */
export function toHits(matches: MatchRow[], articles: ArticleHitRow[], items: FeedHitRow[]): SearchHit[] {
  const articleById = new Map(articles.map((row) => [row.id, row]));
  const itemById = new Map(items.map((row) => [row.id, row]));
  return matches.flatMap((match): SearchHit[] => {
    if (match.type === 'article') {
      const row = articleById.get(match.id);
      return row ? [{ type: 'article', article: { ...toSummary(row), body: row.body } }] : [];
    }
    const row = itemById.get(match.id);
    return row
      ? [
          {
            type: 'feed-item',
            item: toItem(row),
            feed: { id: row.source_id, name: row.source_name, url: row.source_url, siteUrl: row.source_site_url },
          },
        ]
      : [];
  });
}

/** The ids (numbers) of one kind among the matches. */
export const idsOf = (matches: MatchRow[], type: MatchRow['type']) =>
  matches.filter((match) => match.type === type).map((match) => match.id);
