import { css } from 'lit';

/** What every widget's shadow root starts with: `hidden` hides the widget, and keyboard focus shows one ring. */
export const widgetStyles = css`
  :host([hidden]) {
    display: none;
  }

  :focus-visible {
    outline: 3px solid var(--ap-color-focus, #1f2328);
    outline-offset: 2px;
  }
`;

/** A live region (`role="status"`): read out by screen readers, not shown. */
export const liveRegionStyles = css`
  [role='status'] {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
`;
