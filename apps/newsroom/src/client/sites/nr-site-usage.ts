import { html, LitElement, nothing } from 'lit';
import { formatNumber, LocalizeController } from '@agency-portal/core';
import { formatTime } from '../time.js';
import type { SiteUsage } from './usage-api.js';
import { siteUsageStyles } from './usage.styles.js';
import { USAGE_STRINGS } from './usage-strings.js';

let ids = 0;

/**
 * Where the widgets live on one member site, as given (`usage`: one item of `GET newsroom/sites/usage`): its page
 * views and the last time anything was seen from its origins, then each widget seen in the period with its loads, the
 * last time it was seen and the embed versions, in Vietnam time. It loads nothing itself, so a list of sites can show
 * one per site from a single request.
 */
export class NrSiteUsage extends LitElement {
  static override styles = siteUsageStyles;

  static override properties = {
    usage: { attribute: false },
    days: { type: Number },
  };

  usage: SiteUsage | undefined;
  /** The period the usage covers, in days (the `days` it was asked with). */
  days = 30;

  private readonly i18n = new LocalizeController(this, USAGE_STRINGS);
  private readonly captionId = `nr-site-usage-${++ids}`;

  protected override render() {
    const usage = this.usage;
    if (usage === undefined) return nothing;
    const t = this.i18n.strings;
    const locale = this.i18n.locale;
    const version = (name: string) => (name === 'latest' ? t.latest : name);
    return html`<dl>
        <div>
          <dt>${t.pageViews}</dt>
          <dd>${formatNumber(usage.pageViews, locale)}</dd>
        </div>
        <div>
          <dt>${t.lastSeen}</dt>
          <dd>${usage.lastSeen === null ? t.never : formatTime(usage.lastSeen, locale)}</dd>
        </div>
      </dl>
      <p class="caption" id=${this.captionId}>${t.usageCaption(this.days)}</p>
      ${
        usage.widgets.length === 0
          ? html`<p class="empty">${t.noWidgets(this.days)}</p>`
          : html`<ul aria-labelledby=${this.captionId}>
            ${usage.widgets.map(
              (widget) =>
                html`<li>
                  <span class="name">${t.widgets[widget.widget] ?? widget.widget}</span> <code>${widget.widget}</code>
                  <span class="details"
                    >${[
                      t.loads(formatNumber(widget.loads, locale)),
                      t.lastSeenAt(formatTime(widget.lastSeen, locale)),
                      ...(widget.versions.length > 0 ? [t.versions(widget.versions.map(version).join(', '))] : []),
                    ].join(' · ')}</span
                  >
                </li>`,
            )}
          </ul>`
      }`;
  }
}
