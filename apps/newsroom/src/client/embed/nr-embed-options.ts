import { html, LitElement, nothing } from 'lit';
import { LocalizeController } from '@agency-portal/core';
import type { CatalogOption, CatalogWidget, EmbedChoice } from '@agency-portal/portal/embed-catalog.js';
import { HOME_BANNER_SET, type BannerSet, type Category, type MemberSite } from '../api.js';
import { formStyles } from '../forms.styles.js';
import { embedStyles } from './nr-embed.styles.js';
import { EMBED_STRINGS } from './strings.js';

/** An option's new value (undefined: back to the widget's default). */
export class NrEmbedOptionEvent extends Event {
  static readonly eventName = 'nr-embed-option';
  constructor(
    readonly attribute: string,
    readonly value: string | number | boolean | undefined,
  ) {
    super(NrEmbedOptionEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nr-embed-option': NrEmbedOptionEvent;
  }
}

/**
 * A widget's options as the catalog describes them, as native form controls, each with its help: the article list's
 * source (the portal or the chosen site's feed) and category, the carousel's banner set (the sets in use, the home
 * page's first), numbers, choices, switches and free text. The site
 * itself (the counter's `site`) is the builder's site choice, not an option here.
 */
export class NrEmbedOptions extends LitElement {
  static override styles = [formStyles, embedStyles];

  static override properties = {
    widget: { attribute: false },
    values: { attribute: false },
    categories: { attribute: false },
    bannerSets: { attribute: false },
    siteFeed: { attribute: false },
  };

  widget: CatalogWidget | undefined;
  values: EmbedChoice['values'] = {};
  categories: Category[] = [];
  /** The banner sets in use, the home page's first. */
  bannerSets: BannerSet[] = [];
  /** The feed the portal fetches at the chosen site's feed address, if any. */
  /** The chosen site when the portal fetches its feed (its id names the feed). */
  siteFeed: MemberSite | undefined;

  private readonly i18n = new LocalizeController(this, EMBED_STRINGS);

  private emit(attribute: string, value: string | number | boolean | undefined): void {
    this.dispatchEvent(new NrEmbedOptionEvent(attribute, value === '' ? undefined : value));
  }

  protected override render() {
    const t = this.i18n.strings;
    if (!this.widget) return nothing;
    return html`<fieldset class="options">
      <legend>${t.options}</legend>
      ${this.widget.options.map((option) => this.renderOption(option))}
    </fieldset>`;
  }

  private renderOption(option: CatalogOption) {
    const t = this.i18n.strings;
    const lang = this.i18n.locale;
    const name = option.attribute;
    const value = this.values[name];
    const help = html`<span class="hint" id="help-${name}">${option.help[lang]}</span>`;
    if (option.source === 'sites') return nothing;
    if (option.source === 'feeds') {
      const feed = this.siteFeed;
      return html`<fieldset class="choice">
        <legend>${t.source}</legend>
        <label class="inline"
          ><input type="radio" name="feed" value="" .checked=${!value} @change=${() => this.emit(name, undefined)} />${t.sourcePortal}</label
        >
        <label class="inline"
          ><input
            type="radio"
            name="feed"
            value=${feed?.id ?? ''}
            ?disabled=${!feed}
            .checked=${Boolean(value) && value === feed?.id}
            @change=${() => this.emit(name, feed?.id)}
          />${t.sourceFeed(feed?.name ?? '–')}</label
        >
        ${feed ? nothing : html`<span class="hint">${t.sourceNoFeed}</span>`}
      </fieldset>`;
    }
    const label = option.label[lang];
    if (option.source === 'banner-sets') {
      const chosen = value ?? option.default;
      const sets = this.bannerSets.some(({ set }) => set === chosen)
        ? this.bannerSets
        : [...this.bannerSets, { set: String(chosen), count: 0 }];
      return html`<label
        >${label}
        <select name=${name} aria-describedby="help-${name}" @change=${(event: Event) => this.emit(name, (event.target as HTMLSelectElement).value)}>
          ${sets.map(
            ({ set, count }) =>
              html`<option value=${set} ?selected=${set === chosen}>${t.bannerSet(set === HOME_BANNER_SET ? t.homeSet : set, count)}</option>`,
          )}
        </select>
        ${help}</label
      >`;
    }
    if (option.source === 'categories') {
      // A category is of the portal's articles: a feed has none.
      if (this.values.feed) return nothing;
      return html`<label
        >${label}
        <select name=${name} aria-describedby="help-${name}" @change=${(event: Event) => this.emit(name, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!value}>${t.allCategories}</option>
          ${this.categories.map((category) => html`<option value=${category.slug} ?selected=${value === category.slug}>${category.name}</option>`)}
        </select>
        ${help}</label
      >`;
    }
    if (option.type === 'boolean') {
      return html`<label class="inline"
        ><input
          type="checkbox"
          name=${name}
          aria-describedby="help-${name}"
          .checked=${value === true}
          @change=${(event: Event) => this.emit(name, (event.target as HTMLInputElement).checked)}
        />${label} ${help}</label
      >`;
    }
    if (option.type === 'number') {
      return html`<label
        >${label}
        <input
          type="number"
          name=${name}
          inputmode="numeric"
          min=${option.min ?? 0}
          max=${option.max ?? 1000}
          step="1"
          aria-describedby="help-${name}"
          .value=${String(value ?? option.default ?? '')}
          @input=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            // Only a value the widget takes reaches the snippet; the field shows why another is not.
            if (input.value !== '' && input.checkValidity()) this.emit(name, Number(input.value));
          }}
        />
        ${help}</label
      >`;
    }
    if (option.values) {
      return html`<label
        >${label}
        <select name=${name} aria-describedby="help-${name}" @change=${(event: Event) => this.emit(name, (event.target as HTMLSelectElement).value)}>
          ${option.values.map(
            (choice) => html`<option value=${choice} ?selected=${(value ?? option.default) === choice}>${choice}</option>`,
          )}
        </select>
        ${help}</label
      >`;
    }
    return html`<label
      >${label}
      <input
        type="text"
        name=${name}
        maxlength="120"
        aria-describedby="help-${name}"
        .value=${String(value ?? '')}
        @input=${(event: Event) => this.emit(name, (event.target as HTMLInputElement).value)}
      />
      ${help}</label
    >`;
  }
}
