import { css } from 'lit';

export const styles = css`
  :host {
    /* Values used in several rules, each from its own custom property. */
    --_gap: var(--ap-article-list-gap, calc(2 * var(--ap-space, 0.5rem)));
    --_border: 1px solid var(--ap-article-list-border-color, var(--ap-color-border, #c9ced6));
    --_radius: var(--ap-article-list-radius, var(--ap-radius, 4px));

    display: block;
    font-family: var(--ap-font-family, inherit);
    font-size: var(--ap-font-size, 1rem);
    line-height: 1.5;
    color: var(--ap-article-list-color, var(--ap-color-text, #1f2328));
  }

  ul {
    display: grid;
    gap: var(--_gap);
    margin: 0 0 var(--_gap);
    padding: 0;
    list-style: none;
  }

  li {
    display: flex;
    gap: var(--_gap);
    padding-bottom: var(--_gap);
    border-bottom: var(--_border);
    background: var(--ap-color-surface, #fff);
  }

  /* A cover in two formats: its image lays out as a lone image does. */
  picture {
    display: contents;
  }

  /* Browsers give <source> no display: none of their own, so without this it becomes an empty flex item beside the
     image and adds a gap before it (a 16 px band above a grid card's cover, a 16 px column before a list's). */
  source {
    display: none;
  }

  [part~='image'] {
    flex: none;
    width: var(--ap-article-list-thumbnail-width, 10rem);
    max-width: 35%;
    height: auto;
    aspect-ratio: 3 / 2;
    object-fit: cover;
    border-radius: var(--_radius);
  }

  [part~='body'] {
    display: grid;
    flex: 1;
    gap: calc(var(--ap-space, 0.5rem) / 2);
    align-content: start;
  }

  p {
    margin: 0;
  }

  [part~='title'] {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.35;
  }

  a {
    color: var(--ap-article-list-link-color, var(--ap-color-primary, #b3131b));
    text-decoration: none;
  }

  a:hover {
    text-decoration: underline;
  }

  [part~='meta'],
  [part='stale'],
  [part='unavailable'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    color: var(--ap-color-text-muted, #555d66);
    font-size: 0.875em;
  }

  [part='stale'] {
    margin-bottom: var(--_gap);
  }

  /* Grid: cards in as many columns as fit, none narrower than the column width (or the whole list). */
  .grid {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--ap-article-list-column-width, 16rem)), 1fr));
  }

  .grid li {
    flex-direction: column;
    border: var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .grid [part~='image'] {
    width: 100%;
    max-width: none;
    border-radius: 0;
  }

  .grid [part~='body'] {
    padding: 0 var(--_gap);
  }

  /* A card without a thumbnail. */
  .grid [part~='body']:first-child {
    padding-top: var(--_gap);
  }

  .compact [part~='title'] {
    font-size: 1em;
  }

  /* Loading: grey blocks in the shape of the articles, pulsing unless the reader asked for less motion. */
  .skeleton span span,
  .skeleton [part~='image'] {
    min-height: 1em;
    border-radius: var(--_radius);
    background: var(--ap-color-border, #c9ced6);
    animation: pulse 1.5s infinite;
  }

  @keyframes pulse {
    50% {
      opacity: 0.4;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton * {
      animation: none !important;
    }
  }

  /* Retry. */
  button {
    min-height: 2.75em;
    margin-top: var(--ap-space, 0.5rem);
    padding: 0 1.25em;
    border: 0;
    border-radius: var(--_radius);
    background: var(--ap-color-primary, #b3131b);
    color: var(--ap-color-on-primary, #fff);
    font: inherit;
    cursor: pointer;
  }
`;
