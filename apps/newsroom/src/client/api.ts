// The newsroom's calls to the JSON API (apps/server, "Newsroom API" in its README), typed. Requests go to the
// portal's own origin with its session cookie.
import { createApiClient, type ApiClient } from '@agency-portal/core';

export type ArticleStatus = 'draft' | 'published';
export type ArticleState = 'draft' | 'scheduled' | 'published' | 'deleted';

export interface Category {
  slug: string;
  name: string;
}

export interface StaffArticle {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  category: Category;
  author: string;
  image: { url: string; alt: string; width: number; height: number } | null;
  status: ArticleStatus;
  state: ArticleState;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  version: number;
  views: number;
  url: string;
}

export interface ArticlePage {
  items: StaffArticle[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}

export interface ArticleQuery {
  q?: string;
  category?: string;
  state?: ArticleState;
  page?: number;
  pageSize?: number;
}

/** The fields an editor writes; `publishAt` is ISO 8601 with a zone. */
export interface ArticleInput {
  title: string;
  slug?: string;
  summary: string;
  body: string;
  category: string;
  author: string;
  status?: ArticleStatus;
  publishAt?: string;
}

export class NewsroomApi {
  private readonly client: ApiClient;

  constructor(base: string) {
    this.client = createApiClient({ base });
  }

  listArticles(query: ArticleQuery, signal?: AbortSignal): Promise<ArticlePage> {
    return this.client.get('newsroom/articles', { query: { ...query }, signal });
  }

  getArticle(id: number, signal?: AbortSignal): Promise<StaffArticle> {
    return this.client.get(`newsroom/articles/${id}`, { signal });
  }

  async categories(): Promise<Category[]> {
    return (await this.client.get<{ items: Category[] }>('categories')).items;
  }

  createArticle(input: ArticleInput): Promise<StaffArticle> {
    return this.client.post('articles', input);
  }

  /** Saves `changes` made on `version`; rejects with an ApiError `version_conflict` when someone saved since. */
  updateArticle(id: number, version: number, changes: Partial<ArticleInput>): Promise<StaffArticle> {
    return this.client.patch(`articles/${id}`, { version, ...changes });
  }

  deleteArticle(id: number): Promise<StaffArticle> {
    return this.client.delete(`articles/${id}`);
  }
}
