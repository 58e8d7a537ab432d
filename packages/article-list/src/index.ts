export { ApArticleList, MAX_PAGE_SIZE } from './article-list.js';
export type { ArticleListLayout } from './article-list.js';
export { isArticlePage } from './articles.js';
export type { Article, ArticlePage } from './articles.js';
export { ApArticleListErrorEvent, ApArticleListLoadEvent } from './events.js';
export type { ArticleListErrorDetail, ArticleListLoadDetail } from './events.js';
export { articleListStrings } from './strings.js';
export type { ArticleListStrings } from './strings.js';
