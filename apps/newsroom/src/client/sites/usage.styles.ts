import { css, unsafeCSS } from 'lit';
import { COLOR_BORDER, COLOR_TEXT_MUTED, SPACE } from '@agency-portal/core';
import { tableCards } from '../forms.styles.js';

/** The usage of one site: two figures side by side, then the widgets as a list (one per line on a phone too). */
export const siteUsageStyles = css`
  :host {
    display: block;
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    gap: ${unsafeCSS(SPACE)} 2rem;
    margin: 0 0 ${unsafeCSS(SPACE)};
  }
  dt {
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    font-size: 0.9rem;
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  .caption {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding: 0.4rem 0;
    border-bottom: 1px solid ${unsafeCSS(COLOR_BORDER)};
  }
  .name {
    font-weight: 600;
  }
  code,
  .details {
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
  }
  .details {
    display: block;
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }
  .empty {
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
    margin: 0;
  }
`;

/**
 * On top of formStyles: the origins' table, long origins wrapped, as cards where the list is narrow (on a phone, or in
 * the sites screen's column on a narrow screen: the list is a container of its own).
 */
export const originsStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  @container (max-width: 40rem) {
    ${tableCards}
  }
  .origin {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .intro,
  .muted {
    color: ${unsafeCSS(COLOR_TEXT_MUTED)};
  }
  td select {
    max-width: 100%;
  }
  /* The live region stays in the page (a region inserted with its message may go unannounced); empty, it takes no room. */
  .outcome:empty {
    border: none;
    padding: 0;
    margin: 0;
  }
`;
