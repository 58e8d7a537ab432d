import { html, LitElement, nothing } from 'lit';
import { ApiError, LocalizeController } from '@agency-portal/core';
import {
  NewsroomApi,
  type ArticleImage,
  type ArticleInput,
  type ArticleStatus,
  type Category,
  type StaffArticle,
  type StaffUser,
} from './api.js';
import type { NrCoverChangeEvent, NrCoverPicture } from './nr-cover-picture.js';
import { articleEditorStyles } from './nr-article-editor.styles.js';
import './rich-text/define.js';
import { describeProblem } from './problems.js';
import { STRINGS } from './strings.js';
import { formatTime, fromLocalInput, toLocalInput } from './time.js';

/** Fired (bubbling, composed) after each save, with the article as stored; `created` for the first save of a new one. */
export class NrArticleSavedEvent extends Event {
  static readonly eventName = 'nr-article-saved';
  constructor(
    readonly article: StaffArticle,
    readonly created: boolean,
  ) {
    super(NrArticleSavedEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nr-article-saved': NrArticleSavedEvent;
  }
}

/** A draft is saved by itself this long after the last change. */
export const AUTOSAVE_DELAY = 3000;

interface Fields {
  title: string;
  slug: string;
  summary: string;
  category: string;
  author: string;
  body: string;
  /** `<input type="datetime-local">` value, Vietnam time. */
  publishAt: string;
  /** The cover picture as the editor has it; null for none. */
  cover: ArticleImage | null;
  /** "Has an English version" is ticked. Unticked, the English fields stay in memory, but a save removes the version. */
  hasEnglish: boolean;
  englishTitle: string;
  englishSummary: string;
  englishBody: string;
}

/** The English version's fields; each is also the id of its control. */
type EnglishField = 'englishTitle' | 'englishSummary' | 'englishBody';

/** The English field by the word the server's 400 names it with (`body/english/title`, "English title"). */
const ENGLISH_FIELDS: Record<string, EnglishField> = { title: 'englishTitle', summary: 'englishSummary', body: 'englishBody' };

/**
 * Where the server previews each version of an article: the Vietnamese newsroom's address shows the Vietnamese page,
 * the English newsroom's the English version (`NEWSROOM_BASE` in ../shell.ts, a module the browser does not load).
 */
const PREVIEW = { vi: '/quan-tri/xem-truoc/', en: '/admin/xem-truoc/' };

type Action = 'save' | 'publish' | 'schedule' | 'unpublish';

interface Problem {
  message: string;
  /** A version conflict: the article must be reloaded before the next save. */
  conflict?: boolean;
}

const fieldsOf = (article: StaffArticle): Fields => ({
  title: article.title,
  slug: article.slug,
  summary: article.summary,
  category: article.category.slug,
  author: article.author,
  body: article.body,
  publishAt: article.publishedAt ? toLocalInput(article.publishedAt) : '',
  cover: article.image,
  hasEnglish: article.english !== null,
  englishTitle: article.english?.title ?? '',
  englishSummary: article.english?.summary ?? '',
  englishBody: article.english?.body ?? '',
});

/**
 * The cover as a save sends it: an upload with its alt text, null for none, or undefined to leave it as stored (a
 * picture of the demo content, which was not uploaded).
 */
const coverInput = (cover: ArticleImage | null): ArticleInput['image'] =>
  cover === null ? null : cover.mediaId === null ? undefined : { mediaId: cover.mediaId, alt: cover.alt.trim() };

/**
 * The English version as a save sends it: the fields when ticked, null to remove the stored one, or undefined (left
 * out) when there is none to remove, so that saving a Vietnamese-only article records no removal.
 */
const englishInput = (fields: Fields, stored: StaffArticle | undefined): ArticleInput['english'] =>
  fields.hasEnglish
    ? { title: fields.englishTitle, summary: fields.englishSummary, body: fields.englishBody }
    : stored?.english
      ? null
      : undefined;

/** The English field a refused save names in the server's message, if any: the error is then said under it. */
function englishFieldOf(error: unknown): EnglishField | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  const word = /english\b.*?\b(title|summary|body)\b/i.exec(error.message)?.[1];
  return word === undefined ? undefined : ENGLISH_FIELDS[word.toLowerCase()];
}

/**
 * Writes one article: title, address, summary, category, author line, the body in the rich-text editor, its English
 * version (title, summary, body) when it has one, and when it appears. Saves go through the API with the version they
 * were made on: when someone else saved in between, nothing is overwritten and the editor says who and when, keeping
 * the text on the page. A draft saves itself a few seconds after each change. `article-id` names the article;
 * without it the editor writes a new one.
 *
 * @fires nr-article-saved - After each save, with the stored article.
 */
export class NrArticleEditor extends LitElement {
  static override styles = articleEditorStyles;

  static override properties = {
    api: {},
    base: {},
    articleId: { type: Number, attribute: 'article-id' },
    userRole: { attribute: false },
    article: { state: true },
    fields: { state: true },
    categories: { state: true },
    busy: { state: true },
    dirty: { state: true },
    status: { state: true },
    problem: { state: true },
    missing: { state: true },
    coverInvalid: { state: true },
    fieldErrors: { state: true },
  };

  api = '/api/v1/';
  base = '/quan-tri/';
  articleId: number | undefined;
  /** The signed-in user's role; an admin can restore a deleted article. */
  userRole: StaffUser['role'] = 'editor';
  /** The article as last saved or loaded; undefined for a new one not saved yet. */
  article: StaffArticle | undefined;
  protected fields: Fields = {
    title: '',
    slug: '',
    summary: '',
    category: '',
    author: '',
    body: '',
    publishAt: '',
    cover: null,
    hasEnglish: false,
    englishTitle: '',
    englishSummary: '',
    englishBody: '',
  };
  protected categories: Category[] = [];
  protected busy = false;
  protected dirty = false;
  protected status = '';
  protected problem: Problem | undefined;
  protected missing = false;
  /** A save was refused because the cover has no alt text: the cover field says so until it gets one. */
  protected coverInvalid = false;
  /** What the server refused in the English fields, said under each until the next save. */
  protected fieldErrors: Partial<Record<EnglishField, string>> = {};

  private readonly i18n = new LocalizeController(this, STRINGS);
  private client = new NewsroomApi(this.api);
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The slug follows the title until someone edits it (new articles only). */
  private slugEdited = false;
  private readonly warnBeforeLeaving = (event: BeforeUnloadEvent) => {
    if (this.dirty) event.preventDefault();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.client = new NewsroomApi(this.api);
    addEventListener('beforeunload', this.warnBeforeLeaving);
    void this.client.categories().then((categories) => {
      this.categories = categories;
      if (!this.fields.category && categories.length > 0) this.fields = { ...this.fields, category: categories[0].slug };
    });
    if (this.articleId !== undefined) void this.reload();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.warnBeforeLeaving);
    clearTimeout(this.autosaveTimer);
  }

  /** Loads the article as stored now, replacing what is on the page. */
  async reload(): Promise<void> {
    if (this.articleId === undefined) return;
    this.problem = undefined;
    try {
      this.show(await this.client.getArticle(this.articleId));
      this.dirty = false;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) this.missing = true;
      else this.problem = { message: describeProblem(error, this.i18n.strings) };
    }
  }

  private show(article: StaffArticle): void {
    this.article = article;
    this.articleId = article.id;
    this.fields = fieldsOf(article);
    this.slugEdited = true;
    this.coverInvalid = false;
    this.fieldErrors = {};
  }

  private edit(changes: Partial<Fields>): void {
    this.fields = { ...this.fields, ...changes };
    this.dirty = true;
    this.status = this.i18n.strings.unsaved;
    clearTimeout(this.autosaveTimer);
    // Only drafts save themselves: a change to a published article reaches readers when someone saves it. An English
    // version waits for its title, as the article waits for its own.
    const { article, fields } = this;
    if (
      article?.state !== 'deleted' &&
      (article?.status ?? 'draft') === 'draft' &&
      fields.title.trim() !== '' &&
      !(fields.hasEnglish && fields.englishTitle.trim() === '') &&
      !this.problem?.conflict
    ) {
      this.autosaveTimer = setTimeout(() => void this.save('save', true), AUTOSAVE_DELAY);
    }
  }

  /** Saves the article; `action` says what becomes of its state. */
  async save(action: Action, automatic = false): Promise<void> {
    clearTimeout(this.autosaveTimer);
    // A deleted article is not edited until an admin restores it.
    if (this.article?.state === 'deleted') return;
    const t = this.i18n.strings;
    const fields = this.fields;
    const { title, slug, summary, category, author, body, publishAt, cover } = fields;
    if (title.trim() === '') {
      if (!automatic) this.problem = { message: t.required(t.title) };
      return;
    }
    if (category === '') {
      if (!automatic) this.problem = { message: t.required(t.category) };
      return;
    }
    // A picture must say what it shows: no save goes without its alt text (a draft waits for it before saving itself).
    const image = coverInput(cover);
    if (image && image.alt === '') {
      if (!automatic) {
        this.coverInvalid = true;
        this.problem = { message: t.coverAltRequired };
        await this.updateComplete;
        this.renderRoot.querySelector<NrCoverPicture>('nr-cover-picture')?.focus();
      }
      return;
    }
    const when = fromLocalInput(publishAt);
    if (action === 'schedule' && when === undefined) {
      this.problem = { message: t.scheduleNeedsTime };
      return;
    }
    const status: ArticleStatus | undefined = action === 'save' ? undefined : action === 'unpublish' ? 'draft' : 'published';
    const english = englishInput(fields, this.article);
    const input: ArticleInput = {
      title,
      summary,
      body,
      category,
      author,
      ...(this.slugEdited && slug ? { slug } : {}),
      ...(status ? { status } : {}),
      ...(action === 'schedule' && when ? { publishAt: when } : {}),
      ...(image !== undefined ? { image } : {}),
      ...(english !== undefined ? { english } : {}),
    };
    this.busy = true;
    this.problem = undefined;
    this.fieldErrors = {};
    this.status = t.saving;
    try {
      const saved =
        this.article === undefined
          ? await this.client.createArticle(input)
          : await this.client.updateArticle(this.article.id, this.article.version, input);
      const isNew = this.article === undefined;
      // What was typed while the save was on its way stays on the page.
      const typedMeanwhile = JSON.stringify(this.fields) !== JSON.stringify(fields);
      this.article = saved;
      this.articleId = saved.id;
      // The bodies stay as the editors have them: the stored ones are the same text, but putting them back into an
      // editor (which writes tables with its own column markup) would move the caret of someone still typing.
      if (!typedMeanwhile) {
        const stored = fieldsOf(saved);
        this.fields = { ...stored, body: this.fields.body, englishBody: saved.english ? this.fields.englishBody : stored.englishBody };
      }
      this.slugEdited = true;
      this.dirty = typedMeanwhile;
      this.dispatchEvent(new NrArticleSavedEvent(saved, isNew));
      const time = formatTime(saved.updatedAt, this.i18n.locale);
      this.status = automatic ? t.autosaved(time) : t.saved(time);
    } catch (error) {
      this.status = '';
      if (error instanceof ApiError && error.code === 'version_conflict') {
        const current = error.details.current as StaffArticle | undefined;
        const by = (error.details.savedBy as string | null | undefined) ?? '?';
        this.problem = { message: t.conflict(by, current ? formatTime(current.updatedAt, this.i18n.locale) : ''), conflict: true };
      } else {
        this.problem = { message: describeProblem(error, this.i18n.strings) };
        const field = englishFieldOf(error);
        if (field) {
          const bad = { englishTitle: t.englishTitleBad, englishSummary: t.englishSummaryBad, englishBody: t.englishBodyBad };
          this.fieldErrors = { [field]: bad[field] };
        }
      }
    } finally {
      this.busy = false;
    }
    if (this.problem && !automatic) {
      await this.updateComplete;
      // The field the server named gets the cursor (the alert has said what is wrong); else the alert gets the focus.
      const [field] = Object.keys(this.fieldErrors);
      this.renderRoot.querySelector<HTMLElement>(field ? `#${field}` : '.problem')?.focus();
    }
  }

  private async deleteArticle(): Promise<void> {
    if (!this.article || !confirm(this.i18n.strings.confirmDelete)) return;
    this.busy = true;
    try {
      this.article = await this.client.deleteArticle(this.article.id);
      this.dirty = false;
      location.assign(this.base);
    } catch (error) {
      this.problem = { message: describeProblem(error, this.i18n.strings) };
    } finally {
      this.busy = false;
    }
  }

  private async restore(): Promise<void> {
    if (!this.article) return;
    this.busy = true;
    this.problem = undefined;
    try {
      this.show(await this.client.restoreArticle(this.article.id));
      this.dirty = false;
    } catch (error) {
      this.problem = { message: describeProblem(error, this.i18n.strings) };
    } finally {
      this.busy = false;
    }
  }

  private stateLine() {
    const t = this.i18n.strings;
    const article = this.article;
    if (!article) return t.draft;
    const time = article.publishedAt ? formatTime(article.publishedAt, this.i18n.locale) : '';
    return { draft: t.draft, scheduled: t.scheduled(time), published: t.published(time), deleted: t.deleted }[article.state];
  }

  private renderActions() {
    const t = this.i18n.strings;
    const article = this.article;
    const published = article?.status === 'published';
    return html`<button type="submit" class=${published ? 'primary' : ''} ?disabled=${this.busy}>${published ? t.save : t.saveDraft}</button>
          ${
            published
              ? html`<button type="button" ?disabled=${this.busy} @click=${() => this.save('unpublish')}>${t.unpublish}</button>`
              : html`<button type="button" class="primary" ?disabled=${this.busy} @click=${() => this.save('publish')}>${t.publishNow}</button>`
          }
          <button type="button" ?disabled=${this.busy} @click=${() => this.save('schedule')}>${t.schedule}</button>
          ${article ? html`<a href="${PREVIEW.vi}${article.id}" target="_blank">${t.preview}</a>` : nothing}
          ${article?.english ? html`<a href="${PREVIEW.en}${article.id}" target="_blank">${t.previewEnglish}</a>` : nothing}
          ${article ? html`<button type="button" class="danger" ?disabled=${this.busy} @click=${() => this.deleteArticle()}>${t.delete}</button>` : nothing}`;
  }

  /** A field's input handler: its value into `fields[name]`. */
  private input(name: keyof Fields) {
    return (event: Event) => this.edit({ [name]: (event.target as HTMLInputElement).value });
  }

  /**
   * The English version: the box that says whether there is one, and its fields. They are marked `lang="en"` (the body's
   * editable area too, not its toolbar) so that spell checkers and screen readers use English.
   */
  private renderEnglish() {
    const t = this.i18n.strings;
    const { hasEnglish, englishTitle, englishSummary, englishBody } = this.fields;
    const errors = this.fieldErrors;
    const invalid = (field: EnglishField) => (errors[field] ? 'true' : 'false');
    // Always in the page, so that aria-describedby finds it.
    const error = (field: EnglishField) => html`<span class="error" id="${field}-error">${errors[field] ?? ''}</span>`;
    return html`<fieldset class="english">
      <legend>${t.english}</legend>
      <label class="check"
        ><input
          type="checkbox"
          name="hasEnglish"
          .checked=${hasEnglish}
          aria-describedby="english-hint"
          @change=${(event: Event) => this.edit({ hasEnglish: (event.target as HTMLInputElement).checked })}
        />
        ${t.hasEnglish}</label
      >
      <p class="hint" id="english-hint">${t.hasEnglishHint}</p>
      ${
        hasEnglish
          ? html`<div class="field">
              <label for="englishTitle">${t.englishTitle}</label>
              <input
                id="englishTitle"
                name="englishTitle"
                lang="en"
                maxlength="300"
                aria-required="true"
                aria-invalid=${invalid('englishTitle')}
                aria-describedby="englishTitle-error"
                .value=${englishTitle}
                @input=${this.input('englishTitle')}
              />
              ${error('englishTitle')}
            </div>
            <div class="field">
              <label for="englishSummary">${t.englishSummary}</label>
              <textarea
                id="englishSummary"
                name="englishSummary"
                lang="en"
                maxlength="1000"
                aria-invalid=${invalid('englishSummary')}
                aria-describedby="englishSummary-error"
                .value=${englishSummary}
                @input=${this.input('englishSummary')}
              ></textarea>
              ${error('englishSummary')}
            </div>
            <div class="field">
              <span>${t.englishBody}</span>
              <nr-rich-text
                id="englishBody"
                content-lang="en"
                .value=${englishBody}
                .label=${t.englishBody}
                .api=${this.api}
                @nr-input=${(event: Event) => this.edit({ englishBody: (event.target as HTMLInputElement).value })}
              ></nr-rich-text>
              ${error('englishBody')}
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  protected override render() {
    const t = this.i18n.strings;
    if (this.missing) return html`<p role="alert">${t.notFound}</p><p><a href=${this.base}>${t.backToList}</a></p>`;
    const { title, slug, summary, category, author, body, publishAt, cover } = this.fields;
    const article = this.article;
    return html`<h2>${this.articleId !== undefined ? t.editArticle : t.newArticle}</h2>
      <p class="state">${this.stateLine()}</p>
      ${
        this.problem
          ? html`<div class="problem" role="alert" tabindex="-1">
            <p>${this.problem.message}</p>
            ${this.problem.conflict ? html`<button type="button" @click=${() => this.reload()}>${t.reload}</button>` : nothing}
          </div>`
          : nothing
      }
      <form @submit=${(event: Event) => (event.preventDefault(), this.save('save'))}>
        <label
          >${t.title}
          <input name="title" required maxlength="300" .value=${title} @input=${(event: Event) => {
            const value = (event.target as HTMLInputElement).value;
            this.edit({ title: value });
          }} />
        </label>
        <label
          >${t.slug}
          <input
            name="slug"
            maxlength="96"
            pattern="[a-z0-9]+(-[a-z0-9]+)*"
            .value=${slug}
            placeholder=${this.slugEdited ? '' : '…'}
            aria-describedby="slug-hint"
            @input=${(event: Event) => {
              this.slugEdited = true;
              this.input('slug')(event);
            }}
          />
          <span class="hint" id="slug-hint">${t.slugHint(article ? article.url : `${location.origin}/bai-viet/…`)}</span>
        </label>
        <label>${t.summary}<textarea name="summary" maxlength="1000" .value=${summary} @input=${this.input('summary')}></textarea></label>
        <nr-cover-picture
          .api=${this.api}
          .value=${cover}
          ?invalid=${this.coverInvalid}
          @nr-cover-change=${(event: NrCoverChangeEvent) => {
            if (event.value === null || event.value.alt.trim() !== '') this.coverInvalid = false;
            this.edit({ cover: event.value });
          }}
        ></nr-cover-picture>
        <div class="row">
          <label
            >${t.category}
            <select name="category" @change=${this.input('category')}>
              ${this.categories.map((c) => html`<option value=${c.slug} ?selected=${c.slug === category}>${c.name}</option>`)}
            </select>
          </label>
          <label
            >${t.author}
            <input name="author" maxlength="200" .value=${author} aria-describedby="author-hint" @input=${this.input('author')} />
            <span class="hint" id="author-hint">${t.authorHint}</span>
          </label>
        </div>
        <div class="field">
          <span id="body-label">${t.body}</span>
          <nr-rich-text .value=${body} .label=${t.body} .api=${this.api} @nr-input=${(event: Event) => this.edit({ body: (event.target as HTMLInputElement).value })}></nr-rich-text>
        </div>
        ${this.renderEnglish()}
        <label
          >${t.publishAt}
          <input name="publishAt" type="datetime-local" .value=${publishAt} aria-describedby="publish-hint" @input=${this.input('publishAt')} />
          <span class="hint" id="publish-hint">${t.publishAtHint}</span>
        </label>
        <div class="actions">
          ${
            article?.state === 'deleted'
              ? this.userRole === 'admin'
                ? html`<button type="button" class="primary" ?disabled=${this.busy} @click=${() => this.restore()}>${t.restore}</button>`
                : html`<p>${t.restoreByAdmin}</p>`
              : this.renderActions()
          }
          <p class="status" role="status">${this.status}</p>
        </div>
      </form>`;
  }
}
