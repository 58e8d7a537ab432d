import { css } from 'lit';

export const styles = css`
  :host {
    --_gap: var(--ap-ad-strip-gap, var(--ap-space, 0.5rem));
    --_radius: var(--ap-ad-strip-radius, var(--ap-radius, 4px));

    display: block;
  }

  ul {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  :host([orientation='horizontal']) ul {
    display: flex;
    flex-wrap: wrap;
  }

  :host([orientation='horizontal']) li {
    flex: 0 1 var(--ap-ad-strip-item-width, 12rem);
  }

  a,
  ::slotted(a) {
    display: block;
    border-radius: var(--_radius);
  }

  /* Banners never grow past their natural size, and shrink with a narrow strip. */
  img,
  ::slotted(a) {
    max-width: 100%;
  }

  img {
    display: block;
    width: 100%;
    height: auto;
    border-radius: var(--_radius);
  }
`;
