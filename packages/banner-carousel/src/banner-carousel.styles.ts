import { css } from 'lit';

export const styles = css`
  :host {
    --_radius: var(--ap-banner-carousel-radius, var(--ap-radius, 4px));
    --_bg: var(--ap-banner-carousel-control-background, rgb(0 0 0 / 60%));
    --_fg: var(--ap-banner-carousel-control-color, #fff);

    display: block;
    position: relative;
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  section {
    position: relative;
  }

  /*
   * The children while the banners load (or when they cannot): kept inside the carousel's box, as the slides are,
   * so that a wide image never makes a narrow page scroll sideways.
   */
  slot:not([name]) {
    display: block;
    max-width: 100%;
    overflow: hidden;
    border-radius: var(--_radius);
  }

  /* The viewport: one slide wide; vertical swipes still scroll the page. */
  [part~='slides'] {
    overflow: hidden;
    border-radius: var(--_radius);
    touch-action: pan-y;
    aspect-ratio: var(--ap-banner-carousel-aspect-ratio, 10 / 3);
  }

  /* All slides in a row, moved by a transform to show the current one. */
  .track {
    display: flex;
    height: 100%;
    transition: transform var(--ap-banner-carousel-duration, 0.4s) ease;
  }

  [part~='slide'] {
    flex: 0 0 100%;
    height: 100%;
  }

  [part~='slide'] ::slotted(*),
  [part~='slide'] a {
    display: block;
    height: 100%;
  }

  /* A banner in several widths: its image sizes as a lone image does. */
  picture {
    display: contents;
  }

  [part~='image'],
  [part~='slide'] ::slotted(img) {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }

  /* Rotation, previous and next: bottom left, over the slides. */
  [part~='controls'] {
    position: absolute;
    z-index: 1;
    left: 0.5rem;
    bottom: 0.5rem;
    display: flex;
    gap: 0.25rem;
  }

  /* The slide tabs: bottom right, over the slides. */
  [part~='picker'] {
    position: absolute;
    z-index: 1;
    right: 0.5rem;
    bottom: 0.5rem;
    display: flex;
    gap: 0.25rem;
    padding: 0.25rem;
    border-radius: 1rem;
    background: var(--_bg);
  }

  /*
   * A carousel rendered on the server, until its script runs (or for good without JavaScript): buttons that could do
   * nothing stay hidden. They sit over the slides, so their coming takes no room.
   */
  :host(:not(:defined)) [part~='controls'],
  :host(:not(:defined)) [part~='picker'] {
    display: none;
  }

  button {
    display: grid;
    place-items: center;
    width: 2.75rem;
    height: 2.75rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }

  /* A tab is a small ring; the current slide's is filled. */
  [part~='tab'] {
    width: 1.5rem;
    height: 1.5rem;
    background: none;
  }

  [part~='tab']::after {
    content: '';
    width: 0.75rem;
    height: 0.75rem;
    border: 2px solid var(--_fg);
    border-radius: 50%;
    box-sizing: border-box;
  }

  [part~='current']::after {
    background: var(--ap-banner-carousel-tab-color, var(--ap-color-accent, #f2c230));
    border-color: var(--ap-banner-carousel-tab-color, var(--ap-color-accent, #f2c230));
  }

  @media (prefers-reduced-motion: reduce) {
    .track {
      transition: none;
    }
  }
`;
