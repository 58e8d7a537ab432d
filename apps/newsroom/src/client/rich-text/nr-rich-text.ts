import { Editor } from '@tiptap/core';
import { html, LitElement, nothing, type PropertyValues, type SVGTemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController } from '@agency-portal/core';
import { RovingFocusController } from '../roving-focus.js';
import { NewsroomApi, type Media } from '../api.js';
import { describeProblem } from '../problems.js';
import { STRINGS } from '../strings.js';
import { articleExtensions } from './extensions.js';
import { cleanPastedHtml } from './paste.js';
import { richTextStyles } from './nr-rich-text.styles.js';
import { linkIcon, pictureIcon } from './icons.js';

/** Fired (bubbling, composed) when the editor's content changes; `value` then holds the new HTML. */
export class NrInputEvent extends Event {
  static readonly eventName = 'nr-input';
  constructor() {
    super(NrInputEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nr-input': NrInputEvent;
  }
}

type Panel = 'link' | 'picture' | undefined;

/** Addresses a link may have: web pages, mail, or a page of the portal. */
const LINK_URL = /^(https?:\/\/[^\s]+|mailto:[^\s]+|\/(?!\/)[^\s]*)$/i;

/**
 * The article body editor: TipTap (ProseMirror) with the schema of what the pages show (extensions.ts), a
 * formatting toolbar (the WAI-ARIA toolbar pattern: one tab stop, arrow keys between buttons), and paste from
 * Word and Google Docs cleaned on the way in (paste.ts).
 *
 * @fires nr-input - The content changed; read `value`.
 * @csspart editor - The editable area.
 */
export class NrRichText extends LitElement {
  static override styles = richTextStyles;

  static override properties = {
    value: { type: String },
    label: { type: String },
    contentLang: { attribute: 'content-lang' },
    api: {},
    panel: { state: true },
    problem: { state: true },
    uploaded: { state: true },
    uploading: { state: true },
  };

  /** The body as HTML. Setting it replaces the content (and the undo history); reading it gives the current HTML. */
  value = '';
  /** The accessible name of the editable area. */
  label = '';
  /**
   * The language of the text (`lang` of the editable area, for spell checkers and screen readers) when it is not the
   * page's; the toolbar stays in the page's language.
   */
  contentLang: string | undefined;
  /** The JSON API's base URL, where pictures are uploaded. */
  api = '/api/v1/';
  protected panel: Panel;
  protected problem = '';
  /** The picture just uploaded in the picture form, inserted with all its sizes. */
  protected uploaded: Media | undefined;
  protected uploading = false;

  private editor: Editor | undefined;
  private readonly i18n = new LocalizeController(this, STRINGS);
  private readonly roving = new RovingFocusController(this, () => [
    ...(this.renderRoot.querySelectorAll<HTMLButtonElement>('[role=toolbar] button') ?? []),
  ]);

  /** The editor, for tests and for the article editor's commands. */
  get tiptap(): Editor | undefined {
    return this.editor;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: the editor was destroyed when it left.
    if (this.hasUpdated && !this.editor) this.createEditor();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.editor?.destroy();
    this.editor = undefined;
  }

  protected override firstUpdated(): void {
    this.createEditor();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.editor && this.value !== this.editor.getHTML()) {
      this.editor.commands.setContent(this.value, { emitUpdate: false });
    }
  }

  override focus(): void {
    this.editor?.commands.focus();
  }

  private createEditor(): void {
    const element = this.renderRoot.querySelector<HTMLElement>('.mount');
    if (!element) return;
    this.editor = new Editor({
      element,
      extensions: articleExtensions(),
      content: this.value,
      // The page's Content-Security-Policy allows no inline <style>: the editor's CSS is in the component's styles.
      injectCSS: false,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': this.label,
          part: 'editor',
          ...(this.contentLang ? { lang: this.contentLang } : {}),
        },
        transformPastedHTML: cleanPastedHtml,
      },
      onUpdate: ({ editor }) => {
        this.value = editor.getHTML();
        this.dispatchEvent(new NrInputEvent());
      },
      // The toolbar shows what is active at the caret.
      onTransaction: () => this.requestUpdate(),
    });
  }

  private run(command: (editor: Editor) => boolean): void {
    if (this.editor) command(this.editor);
  }

  private button(
    label: string,
    action: (editor: Editor) => boolean,
    options: { active?: boolean; text?: string | SVGTemplateResult; enabled?: boolean } = {},
  ) {
    const { active, text = label, enabled = true } = options;
    // The glyph is what sighted users see; the name is what assistive technology reads (and the tooltip shows).
    return html`<button
      type="button"
      title=${label}
      aria-pressed=${ifDefined(active === undefined ? undefined : active ? 'true' : 'false')}
      ?disabled=${!enabled}
      @click=${() => this.run(action)}
    >
      <span aria-hidden="true">${text}</span><span class="visually-hidden">${label}</span>
    </button>`;
  }

  private openPanel(panel: Panel): void {
    this.panel = this.panel === panel ? undefined : panel;
    this.problem = '';
    this.uploaded = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('.panel input')?.focus());
  }

  private closePanel(): void {
    this.panel = undefined;
    this.problem = '';
    this.uploaded = undefined;
    this.editor?.commands.focus();
  }

  private applyLink(event: SubmitEvent): void {
    event.preventDefault();
    const url = String(new FormData(event.target as HTMLFormElement).get('url') ?? '').trim();
    const chain = this.editor?.chain().focus().extendMarkRange('link');
    if (url === '') {
      chain?.unsetLink().run();
      this.closePanel();
      return;
    }
    if (!LINK_URL.test(url)) {
      this.problem = this.i18n.strings.linkBad;
      return;
    }
    chain?.setLink({ href: url }).run();
    this.closePanel();
  }

  private insertPicture(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const src = String(data.get('src') ?? '').trim();
    const alt = String(data.get('alt') ?? '').trim();
    if (!LINK_URL.test(src) || src.startsWith('mailto:')) {
      this.problem = this.i18n.strings.linkBad;
      return;
    }
    if (alt === '') {
      this.problem = this.i18n.strings.altRequired;
      return;
    }
    const caption = String(data.get('caption') ?? '').trim();
    const uploaded = this.uploaded?.url === src ? this.uploaded : undefined;
    const sizes = uploaded && {
      srcset: uploaded.srcset.jpeg,
      webpSrcset: uploaded.srcset.webp,
      sizes: uploaded.sizes,
      width: uploaded.width,
      height: uploaded.height,
    };
    this.editor
      ?.chain()
      .focus()
      .insertFigure({ src, alt, caption, ...sizes })
      .run();
    this.closePanel();
  }

  /** Uploads the chosen picture; its address then fills the form, and its sizes go in with it. */
  private async upload(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.uploading = true;
    this.problem = '';
    try {
      this.uploaded = await new NewsroomApi(this.api).uploadImage(file);
      const src = this.renderRoot.querySelector<HTMLInputElement>('.panel [name=src]');
      if (src) src.value = this.uploaded.url;
      this.renderRoot.querySelector<HTMLInputElement>('.panel [name=alt]')?.focus();
    } catch (error) {
      this.problem = describeProblem(error, this.i18n.strings);
      input.value = '';
    } finally {
      this.uploading = false;
    }
  }

  private renderPanel() {
    const t = this.i18n.strings;
    const problem = this.problem ? html`<p class="problem" id="problem" role="alert">${this.problem}</p>` : nothing;
    const keys = (event: KeyboardEvent) => event.key === 'Escape' && this.closePanel();
    if (this.panel === 'link') {
      const current = (this.editor?.getAttributes('link').href as string | undefined) ?? '';
      return html`<form class="panel" @submit=${this.applyLink} @keydown=${keys} aria-label=${t.link}>
        <label>${t.linkUrl}<input name="url" type="text" inputmode="url" .value=${current} aria-describedby="problem" /></label>
        <button type="submit">${t.apply}</button>
        <button type="button" @click=${() => this.closePanel()}>${t.cancel}</button>
        ${problem}
      </form>`;
    }
    if (this.panel === 'picture') {
      return html`<form class="panel" @submit=${this.insertPicture} @keydown=${keys} aria-label=${t.picture}>
        <label
          >${t.pictureUpload}<input name="file" type="file" accept="image/jpeg,image/png,image/webp" @change=${this.upload} aria-describedby="upload-status" />
          <span class="hint" id="upload-status" role="status">${this.uploading ? t.uploading : this.uploaded ? t.uploaded : t.pictureUploadHint}</span>
        </label>
        <label>${t.pictureUrl}<input name="src" type="text" inputmode="url" /></label>
        <label>${t.pictureAlt}<input name="alt" type="text" /></label>
        <label>${t.pictureCaption}<input name="caption" type="text" /></label>
        <button type="submit" ?disabled=${this.uploading}>${t.insert}</button>
        <button type="button" @click=${() => this.closePanel()}>${t.cancel}</button>
        ${problem}
      </form>`;
    }
    return nothing;
  }

  protected override render() {
    const t = this.i18n.strings;
    const editor = this.editor;
    const is = (name: string, attributes?: Record<string, unknown>) => editor?.isActive(name, attributes) ?? false;
    const inTable = is('table');
    return html`<div role="toolbar" aria-label=${t.toolbar} aria-controls="mount" @keydown=${this.roving.onKeyDown} @focusin=${this.roving.onFocusIn}>
        ${this.button(t.paragraph, (e) => e.chain().focus().setParagraph().run(), { active: is('paragraph'), text: '¶' })}
        ${this.button(t.heading2, (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), { active: is('heading', { level: 2 }), text: 'H2' })}
        ${this.button(t.heading3, (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), { active: is('heading', { level: 3 }), text: 'H3' })}
        <span role="separator"></span>
        ${this.button(t.bold, (e) => e.chain().focus().toggleBold().run(), { active: is('bold'), text: 'B' })}
        ${this.button(t.italic, (e) => e.chain().focus().toggleItalic().run(), { active: is('italic'), text: 'I' })}
        ${this.button(t.link, () => (this.openPanel('link'), true), { active: is('link'), text: linkIcon })}
        <span role="separator"></span>
        ${this.button(t.bulletList, (e) => e.chain().focus().toggleBulletList().run(), { active: is('bulletList'), text: '•' })}
        ${this.button(t.orderedList, (e) => e.chain().focus().toggleOrderedList().run(), { active: is('orderedList'), text: '1.' })}
        ${this.button(t.quote, (e) => e.chain().focus().toggleBlockquote().run(), { active: is('blockquote'), text: '❝' })}
        <span role="separator"></span>
        ${this.button(t.picture, () => (this.openPanel('picture'), true), { text: pictureIcon })}
        ${this.button(t.table, (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(), { text: '▦', enabled: !inTable })}
        ${
          inTable
            ? html`${this.button(t.addRow, (e) => e.chain().focus().addRowAfter().run(), { text: '+≡' })}
            ${this.button(t.addColumn, (e) => e.chain().focus().addColumnAfter().run(), { text: '+⫴' })}
            ${this.button(t.deleteRow, (e) => e.chain().focus().deleteRow().run(), { text: '−≡' })}
            ${this.button(t.deleteColumn, (e) => e.chain().focus().deleteColumn().run(), { text: '−⫴' })}
            ${this.button(t.deleteTable, (e) => e.chain().focus().deleteTable().run(), { text: '✕▦' })}`
            : nothing
        }
        <span role="separator"></span>
        ${this.button(t.undo, (e) => e.chain().focus().undo().run(), { text: '↶', enabled: editor?.can().undo() ?? false })}
        ${this.button(t.redo, (e) => e.chain().focus().redo().run(), { text: '↷', enabled: editor?.can().redo() ?? false })}
      </div>
      ${this.renderPanel()}
      <div class="mount" id="mount"></div>`;
  }
}
