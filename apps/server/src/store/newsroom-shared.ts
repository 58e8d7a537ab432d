// What the SQLite and PostgreSQL newsroom stores share: the filter of the staff article list and the audit entry
// of an article change. Only placeholders differ (`?` against `$n`), so the filter takes a function that adds a
// parameter and returns its placeholder.
import { foldDiacritics } from '../fold.js';
import type { ArticleFields, ArticleTranslation, AuditChanges, AuditQuery, StaffArticle, StaffArticleQuery } from './types.js';

/** Adds a parameter and returns its placeholder. */
export type Param = (value: unknown) => string;

/** Parameters in the order a filter adds them, with `?` placeholders (SQLite). */
export function questionMarks(): { param: Param; params: unknown[] } {
  const params: unknown[] = [];
  return { params, param: (value) => (params.push(value), '?') };
}

/** Parameters in the order a filter adds them, with `$1`, `$2`, ... placeholders (PostgreSQL). */
export function numbered(): { param: Param; params: unknown[] } {
  const params: unknown[] = [];
  return { params, param: (value) => `$${params.push(value)}` };
}

/** `%`, `_` and `\` match themselves in a LIKE pattern with `ESCAPE '\'`. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** The WHERE clause (over `articles a JOIN categories c`) of a staff article list; `time` turns a Date into a column value. */
export function staffArticleFilter(query: StaffArticleQuery, param: Param, time: (date: Date) => unknown): string {
  const conditions: string[] = [];
  const now = () => param(time(query.now));
  switch (query.state) {
    case 'draft':
      conditions.push("a.status = 'draft' AND a.deleted_at IS NULL");
      break;
    case 'scheduled':
      conditions.push(`a.status = 'published' AND a.deleted_at IS NULL AND a.published_at > ${now()}`);
      break;
    case 'published':
      conditions.push(`a.status = 'published' AND a.deleted_at IS NULL AND a.published_at <= ${now()}`);
      break;
    case 'deleted':
      conditions.push('a.deleted_at IS NOT NULL');
      break;
    default:
      conditions.push('a.deleted_at IS NULL');
  }
  if (query.category !== undefined) conditions.push(`c.slug = ${param(query.category)}`);
  for (const word of foldDiacritics(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean)) {
    conditions.push(`a.title_folded LIKE ${param(`%${likeLiteral(word)}%`)} ESCAPE '\\'`);
  }
  return conditions.join(' AND ');
}

/** The WHERE clause of an audit log query (`1 = 1` for no filter). */
export function auditFilter(query: AuditQuery, param: Param, time: (date: Date) => unknown): string {
  const conditions = ['1 = 1'];
  if (query.actor !== undefined) conditions.push(`actor = ${param(query.actor)}`);
  if (query.action !== undefined) {
    conditions.push(query.action.includes('.') ? `action = ${param(query.action)}` : `target_type = ${param(query.action)}`);
  }
  if (query.target !== undefined) conditions.push(`target_type = ${param(query.target.type)} AND target_id = ${param(query.target.id)}`);
  if (query.from !== undefined) conditions.push(`at >= ${param(time(query.from))}`);
  if (query.to !== undefined) conditions.push(`at < ${param(time(query.to))}`);
  return conditions.join(' AND ');
}

/** An article's fields as the audit log records them: long text as its length, times as ISO text. */
function auditView(article: StaffArticle): Record<string, unknown> {
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    body: `${article.body.length} characters`,
    category: article.category.slug,
    author: article.author,
    image: article.image && { mediaId: article.image.media?.id ?? null, path: article.image.path, alt: article.image.alt },
    status: article.status,
    publishedAt: article.publishedAt.toISOString(),
    deletedAt: article.deletedAt?.toISOString() ?? null,
    // null -> object: the English version was added; object -> null: removed; object -> object: changed.
    english: article.english && {
      title: article.english.title,
      summary: article.english.summary,
      body: `${article.english.body.length} characters`,
    },
  };
}

/** Whether two English versions (or none) are the same, text for text. */
const sameEnglish = (a: ArticleTranslation | null | undefined, b: ArticleTranslation | null) =>
  JSON.stringify(a ?? null) === JSON.stringify(b);

/** The fields that differ between `before` (undefined for a new article) and `after`. */
export function articleChanges(before: StaffArticle | undefined, after: StaffArticle): AuditChanges {
  const old = before === undefined ? {} : auditView(before);
  const changes: AuditChanges = {};
  for (const [field, value] of Object.entries(auditView(after))) {
    // A body's length may stay while its text changes: compare the text itself.
    const same =
      field === 'body'
        ? before?.body === after.body
        : field === 'english'
          ? sameEnglish(before?.english, after.english)
          : JSON.stringify(old[field]) === JSON.stringify(value);
    if (!same) changes[field] = { before: old[field] ?? null, after: value };
  }
  return changes;
}

/** The fields of `article` with `changes` applied: what an update writes. */
export function withChanges(article: StaffArticle, changes: Partial<ArticleFields>): ArticleFields {
  return {
    slug: article.slug,
    title: article.title,
    summary: article.summary,
    body: article.body,
    categorySlug: article.category.slug,
    author: article.author,
    image: article.image,
    status: article.status,
    publishedAt: article.publishedAt,
    english: article.english,
    ...changes,
  };
}
