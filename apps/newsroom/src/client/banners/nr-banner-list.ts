import { html, LitElement, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatNumber, LocalizeController } from '@agency-portal/core';
import { HOME_BANNER_SET, NewsroomApi, type ItemCounts, type StaffBanner, type StaffPartner } from '../api.js';
import '../define-day-chart.js';
import './define-form.js';
import type { Item, ItemKind, NrBannerForm, NrItemSavedEvent } from './nr-banner-form.js';
import { bannerListStyles } from './nr-banners.styles.js';
import { describeProblem, type Problem } from './problems.js';
import { ReorderController } from '../reorder-controller.js';
import { STRINGS } from '../strings.js';
import { BANNER_STRINGS } from './strings.js';
import { formatTime } from '../time.js';
import { fullDay } from '../nr-day-chart.js';

type Counts = ItemCounts['items'][number];

const nameOf = (item: Item) => ('title' in item ? item.title : item.name);

/** The banner set shown, in the address (`?bo=so-gd`; absent for the home page's), so that a reload or a link opens it. */
const SET_PARAM = 'bo';
const SET = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const setInAddress = () => {
  const value = new URLSearchParams(location.search).get(SET_PARAM) ?? '';
  return value.length <= 32 && SET.test(value) ? value : HOME_BANNER_SET;
};

const grip = svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><g fill="currentColor">
  <circle cx="5" cy="3" r="1.5"/><circle cx="11" cy="3" r="1.5"/><circle cx="5" cy="8" r="1.5"/>
  <circle cx="11" cy="8" r="1.5"/><circle cx="5" cy="13" r="1.5"/><circle cx="11" cy="13" r="1.5"/></g></svg>`;

/**
 * One of the two lists of the banners screen, the carousel's banners or the partners, in the order readers see
 * them: thumbnail, title or name, link, state (shown, scheduled, ended, with the times in Vietnam time), the pinned
 * and paid flags of partners, and the last 30 days' clicks and impressions where the server counts them (a "Figures"
 * panel per item shows them). Items are reordered by dragging their handle (mouse, pen or finger) or with the
 * keyboard (Up and Down buttons, Alt+Arrow keys); each new order is saved at once and said in a live region, and a
 * refused save says so and puts the previous order back. Pinned partners stay first. Add, edit and delete (with a
 * confirmation) go through `<nr-banner-form>` and a confirmation dialog. Banners show one set (carousel) at a time,
 * chosen with a picker of the sets in use (the home page's first); their order is that set's.
 */
export class NrBannerList extends LitElement {
  static override styles = bannerListStyles;

  static override properties = {
    api: {},
    kind: {},
    items: { state: true },
    set: { state: true },
    counts: { state: true },
    expanded: { state: true },
    problem: { state: true },
    status: { state: true },
    loadFailed: { state: true },
    deleting: { state: true },
    busy: { state: true },
  };

  api = '/api/v1/';
  kind: ItemKind = 'banner';
  /** In the order shown: the partners, or the banners of `set`. */
  protected items: Item[] | undefined;
  /** The banner set shown. */
  protected set = setInAddress();
  /** Every banner of every set, as last loaded or saved. */
  private banners: StaffBanner[] = [];
  /** Clicks and impressions by item id; null where the server does not count this kind. */
  protected counts: { from: string; to: string; byId: Map<number, Counts> } | null = null;
  /** Items whose figures are open. */
  protected expanded = new Set<number>();
  protected problem: Problem | undefined;
  /** Said in the live region: moves, saves, deletions. */
  protected status = '';
  protected loadFailed = false;
  /** The item the delete confirmation asks about. */
  protected deleting: Item | undefined;
  protected busy = false;

  private readonly i18n = new LocalizeController(this, BANNER_STRINGS);
  private client = new NewsroomApi(this.api);
  private deleteOpener: HTMLElement | null = null;

  private readonly reorder = new ReorderController<Item>(this, {
    items: () => this.items ?? [],
    show: (items) => (this.items = items),
    rows: () => [...this.renderRoot.querySelectorAll<HTMLElement>('li.item')],
    // Pinned partners show first whatever the order: they move among themselves, and so do the others.
    group: (item) => ('pinned' in item ? item.pinned : false),
    save: (ids) => (this.kind === 'banner' ? this.saveBannerOrder(ids) : this.client.orderPartners(ids)),
    moved: (item, index) => {
      this.problem = undefined;
      this.status = this.i18n.strings.moved(nameOf(item), index + 1, this.items?.length ?? 0);
    },
    failed: (error) => void this.fail(error, this.i18n.strings.orderFailed),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.client = new NewsroomApi(this.api);
    void this.load();
  }

  /** Loads the items as stored now (resolves once they show), then their figures. */
  async load(): Promise<void> {
    this.loadFailed = false;
    try {
      if (this.kind === 'banner') this.banners = await this.client.banners();
      const items: Item[] = this.kind === 'banner' ? this.inSet(this.set) : await this.client.partners();
      this.reorder.loaded(items);
      this.items = items;
    } catch {
      this.loadFailed = true;
      return;
    }
    void this.loadCounts();
  }

  private inSet(set: string): StaffBanner[] {
    return this.banners.filter((banner) => banner.set === set);
  }

  /** Saves the order of the set shown; resolves with that set's banners as stored. */
  private async saveBannerOrder(ids: number[]): Promise<StaffBanner[]> {
    const set = this.set;
    this.banners = await this.client.orderBanners(set, ids);
    return this.inSet(set);
  }

  /** The sets in use, the home page's first (also without banners), then by name, with how many banners each has. */
  private sets(): [set: string, count: number][] {
    const counts = new Map<string, number>([[HOME_BANNER_SET, 0]]);
    for (const banner of this.banners) counts.set(banner.set, (counts.get(banner.set) ?? 0) + 1);
    if (!counts.has(this.set)) counts.set(this.set, 0);
    const [home, ...others] = [...counts];
    return [home!, ...others.sort(([a], [b]) => (a < b ? -1 : 1))];
  }

  /** Shows the banners of `set`, and puts it in the address. */
  showSet(set: string): void {
    this.set = set;
    const items = this.inSet(set);
    this.reorder.loaded(items);
    this.items = items;
    this.problem = undefined;
    const url = new URL(location.href);
    if (set === HOME_BANNER_SET) url.searchParams.delete(SET_PARAM);
    else url.searchParams.set(SET_PARAM, set);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  private setName(set: string): string {
    return set === HOME_BANNER_SET ? this.i18n.strings.setHome : set;
  }

  private async loadCounts(): Promise<void> {
    try {
      const counts = this.kind === 'banner' ? await this.client.bannerCounts() : await this.client.partnerCounts();
      this.counts = counts && { from: counts.from, to: counts.to, byId: new Map(counts.items.map((item) => [item.id, item])) };
    } catch {
      // The figures are extra: the list works without them.
      this.counts = null;
    }
  }

  /** Opens the form for a new item. */
  add(opener?: HTMLElement | null): Promise<void> | undefined {
    return this.form?.open(undefined, opener);
  }

  private get form(): NrBannerForm | null {
    return this.renderRoot.querySelector('nr-banner-form');
  }

  private async fail(error: unknown, lead?: string): Promise<void> {
    const problem = describeProblem(error, this.i18n.strings, STRINGS[this.i18n.locale]);
    this.problem = lead ? { ...problem, message: `${lead} ${problem.message}` } : problem;
    this.status = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.problem')?.focus();
  }

  private async saved(event: NrItemSavedEvent): Promise<void> {
    this.problem = undefined;
    await this.load();
    // A banner saved into another set: show that set, where it now is.
    const { item } = event;
    if ('set' in item && item.set !== this.set) this.showSet(item.set);
    this.status = this.i18n.strings.saved(nameOf(item));
  }

  /** Moves an item one place and keeps focus on the control that moved it (its row moves in the page). */
  private async move(event: Event, id: number, step: number): Promise<void> {
    const control = event.currentTarget as HTMLElement;
    if (!this.reorder.move(id, step)) return;
    await this.updateComplete;
    control.focus();
  }

  /** Alt+Arrow on a row: the same as its Up or Down button, with focus kept where it was. */
  private readonly onKeyDown = async (event: KeyboardEvent) => {
    const focused = this.shadowRoot?.activeElement as HTMLElement | null;
    this.reorder.onKeyDown(event);
    if (!event.defaultPrevented) return;
    await this.updateComplete;
    focused?.focus();
  };

  private confirmDelete(item: Item, opener: HTMLElement): void {
    this.deleting = item;
    this.deleteOpener = opener;
    void this.updateComplete.then(() => {
      const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm');
      dialog?.showModal();
      dialog?.querySelector<HTMLButtonElement>('button.cancel')?.focus();
    });
  }

  private closeConfirm(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.confirm');
    if (!dialog?.open) return;
    dialog.close();
    this.restoreFocus();
  }

  /** Closed by the browser (Escape). The event comes a moment after a close, when the confirmation may be open again. */
  private readonly onConfirmClosed = (event: Event) => {
    if (!(event.target as HTMLDialogElement).open) this.restoreFocus();
  };

  private restoreFocus(): void {
    const opener = this.deleteOpener;
    this.deleteOpener = null;
    if (opener?.isConnected) opener.focus();
  }

  private async deleteItem(): Promise<void> {
    const item = this.deleting;
    if (!item) return;
    this.busy = true;
    this.problem = undefined;
    try {
      await (this.kind === 'banner' ? this.client.deleteBanner(item.id) : this.client.deletePartner(item.id));
      // Focus goes to the list's heading area: the row and its buttons are gone.
      this.deleteOpener = this.renderRoot.querySelector<HTMLElement>('button.add');
      this.closeConfirm();
      await this.load();
      this.status = this.i18n.strings.deleted(nameOf(item));
    } catch (error) {
      this.closeConfirm();
      await this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private toggle(id: number): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this.expanded = expanded;
  }

  protected override render() {
    const t = this.i18n.strings;
    const banner = this.kind === 'banner';
    const items = this.items;
    return html`${banner ? this.renderSetPicker() : nothing}
      <p class="hint">${banner ? t.bannersIntro : t.partnersIntro}</p>
      <p class="hint" id="reorder-hint">${t.reorderHint}</p>
      <p><button type="button" class="primary add" @click=${(event: Event) => this.add(event.currentTarget as HTMLElement)}>
        ${banner ? t.addBanner : t.addPartner}
      </button></p>
      ${
        this.problem
          ? html`<div class="problem" role="alert" tabindex="-1">
            <p>${this.problem.message}</p>
            ${this.problem.detail ? html`<p class="detail">${t.detail} <span lang="en">${this.problem.detail}</span></p>` : nothing}
            ${this.problem.stale ? html`<button type="button" @click=${() => ((this.problem = undefined), this.load())}>${t.reload}</button>` : nothing}
          </div>`
          : nothing
      }
      <p class="status" role="status">${this.status}</p>
      ${
        this.loadFailed
          ? html`<div class="problem" role="alert"><p>${t.loadFailed}</p><button type="button" @click=${() => this.load()}>${t.reload}</button></div>`
          : items === undefined
            ? html`<p>${this.i18n.strings.loading}</p>`
            : items.length === 0
              ? html`<p>${t.empty}</p>`
              : html`<ol class="items" aria-describedby="reorder-hint" @keydown=${this.onKeyDown}>
                ${repeat(
                  items,
                  (item) => item.id,
                  (item, index) => this.renderItem(item, index),
                )}
              </ol>`
      }
      <nr-banner-form
        .api=${this.api}
        .kind=${this.kind}
        .sets=${banner ? this.sets().map(([set]) => set) : []}
        .defaultSet=${this.set}
        @nr-item-saved=${this.saved}
      ></nr-banner-form>
      <dialog class="confirm" role="alertdialog" aria-labelledby="confirm-text" @close=${this.onConfirmClosed}>
        ${
          this.deleting
            ? html`<p id="confirm-text">${banner ? t.confirmDelete(nameOf(this.deleting)) : t.confirmDeletePartner(nameOf(this.deleting))}</p>
              <div class="actions">
                <button type="button" class="danger" ?disabled=${this.busy} @click=${() => this.deleteItem()}>${t.remove}</button>
                <button type="button" class="cancel" @click=${() => this.closeConfirm()}>${this.i18n.strings.cancel}</button>
              </div>`
            : nothing
        }
      </dialog>`;
  }

  private renderSetPicker() {
    const t = this.i18n.strings;
    return html`<p class="set-picker">
      <label
        >${t.setPicker}
        <select
          name="set"
          aria-describedby="set-picker-hint"
          @change=${(event: Event) => {
            const set = (event.target as HTMLSelectElement).value;
            this.showSet(set);
            this.status = t.setShown(this.setName(set));
          }}
        >
          ${this.sets().map(
            ([set, count]) => html`<option value=${set} ?selected=${set === this.set}>${t.setOption(this.setName(set), count)}</option>`,
          )}
        </select>
      </label>
      <span class="hint" id="set-picker-hint">${t.setPickerHint}</span>
    </p>`;
  }

  private renderItem(item: Item, index: number) {
    const t = this.i18n.strings;
    const name = nameOf(item);
    const partner = 'name' in item ? (item as StaffPartner) : undefined;
    const url = partner ? partner.url : (item as StaffBanner).url;
    const counts = this.counts?.byId.get(item.id);
    const open = this.expanded.has(item.id);
    const panel = `stats-${item.id}`;
    const up = this.reorder.canMove(item.id, -1);
    const down = this.reorder.canMove(item.id, 1);
    return html`<li class="item" data-id=${item.id} data-state=${item.state}>
      <span class="handle" title=${t.dragHandle} aria-hidden="true" @pointerdown=${this.reorder.onHandlePointerDown}>${grip}</span>
      <span class="position" aria-hidden="true">${index + 1}</span>
      <img class="thumb" src=${item.image.url} alt=${item.image.alt} width=${item.image.width} height=${item.image.height} loading="lazy" />
      <div class="main">
        <h3 class="name">${name}</h3>
        <p class="link">${url ? html`<a href=${url} target="_blank" rel="noopener">${url}</a>` : html`<span class="hint">${t.noLink}</span>`}</p>
        <p class="meta">
          <span class="state ${item.state}">${this.stateText(item)}</span>
          ${partner?.pinned ? html`<span class="flag">${t.pinned}</span>` : nothing}
          ${partner?.paid ? html`<span class="flag paid">${t.paid}</span>` : nothing}
          ${partner ? html`<span class="hint">${t.placementIs(partner.placement)}</span>` : nothing}
        </p>
        ${counts ? html`<p class="counts">${t.counts(this.number(counts.clicks), this.number(counts.impressions))}</p>` : nothing}
      </div>
      <div class="actions">
        <button
          type="button"
          class="move up"
          aria-label=${t.moveUpOf(name)}
          aria-disabled=${up ? 'false' : 'true'}
          @click=${(event: Event) => this.move(event, item.id, -1)}
        >
          ↑ ${t.up}
        </button>
        <button
          type="button"
          class="move down"
          aria-label=${t.moveDownOf(name)}
          aria-disabled=${down ? 'false' : 'true'}
          @click=${(event: Event) => this.move(event, item.id, 1)}
        >
          ↓ ${t.down}
        </button>
        <button type="button" class="edit" aria-label=${t.editOf(name)} @click=${(event: Event) => this.form?.open(item, event.currentTarget as HTMLElement)}>
          ${t.edit}
        </button>
        ${
          counts
            ? html`<button type="button" class="figures" aria-expanded=${open ? 'true' : 'false'} aria-controls=${panel} @click=${() => this.toggle(item.id)}>
              ${t.stats}
            </button>`
            : nothing
        }
        <button
          type="button"
          class="danger delete"
          aria-label=${t.deleteOf(name)}
          @click=${(event: Event) => this.confirmDelete(item, event.currentTarget as HTMLElement)}
        >
          ${t.remove}
        </button>
      </div>
      ${counts ? html`<div class="figures-panel" id=${panel} ?hidden=${!open}>${open ? this.renderFigures(item, counts) : nothing}</div>` : nothing}
    </li>`;
  }

  /** The figures of one item over the last 30 days: the totals, then clicks and impressions per day as a chart. */
  private renderFigures(item: Item, counts: Counts) {
    const t = this.i18n.strings;
    const range = this.counts!;
    const rate = counts.impressions > 0 ? ((counts.clicks / counts.impressions) * 100).toFixed(1) : undefined;
    const percent = rate === undefined ? '–' : `${this.i18n.locale === 'vi' ? rate.replace('.', ',') : rate} %`;
    return html`<h4>${t.statsOf(nameOf(item))}</h4>
      <dl>
        <div><dt>${t.clicks}</dt><dd>${this.number(counts.clicks)}</dd></div>
        <div><dt>${t.impressions}</dt><dd>${this.number(counts.impressions)}</dd></div>
        <div><dt>${t.clickRate}</dt><dd>${percent}</dd></div>
      </dl>
      <p class="hint">${t.countsRange(fullDay(range.from), fullDay(range.to))}</p>
      <nr-day-chart
        .label=${t.statsOf(nameOf(item))}
        .days=${counts.days.map(({ day }) => day)}
        .series=${[
          { label: t.impressions, values: counts.days.map(({ impressions }) => impressions) },
          { label: t.clicks, values: counts.days.map(({ clicks }) => clicks) },
        ]}
      ></nr-day-chart>`;
  }

  private number(value: number): string {
    return formatNumber(value, this.i18n.locale);
  }

  /** "Scheduled from …", "Shown until …", "Ended at …", in Vietnam time. */
  private stateText(item: Item): string {
    const t = this.i18n.strings;
    const time = (iso: string) => formatTime(iso, this.i18n.locale);
    const parts = [t.states[item.state]];
    if (item.state === 'scheduled' && item.startsAt) parts.push(t.from(time(item.startsAt)));
    if (item.state !== 'ended' && item.endsAt) parts.push(t.until(time(item.endsAt)));
    if (item.state === 'ended' && item.endsAt) parts.push(t.endedAt(time(item.endsAt)));
    return parts.join(' ');
  }
}
