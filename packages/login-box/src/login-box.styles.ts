import { css } from 'lit';

export const styles = css`
  :host {
    --_border: 1px solid var(--ap-login-box-border-color, var(--ap-color-border, #c9ced6));

    display: block;
    font-family: var(--ap-font-family, inherit);
    font-size: var(--ap-font-size, 1rem);
    line-height: 1.5;
    color: var(--ap-login-box-color, var(--ap-color-text, #1f2328));
  }

  section {
    display: grid;
    gap: var(--ap-space, 0.5rem);
    padding: calc(2 * var(--ap-space, 0.5rem));
    border: var(--_border);
    border-radius: var(--ap-radius, 4px);
    background: var(--ap-login-box-background, var(--ap-color-surface, #fff));
  }

  h2 {
    margin: 0;
    font-size: 1.125em;
  }

  p {
    margin: 0;
  }

  form {
    display: grid;
    gap: var(--ap-space, 0.5rem);
  }

  /*
   * A label above its input. The password's show button sits beside the input when both fit (the input at least
   * 12em wide), and under it otherwise, so that a narrow box (a sidebar, a phone) never squeezes the input.
   */
  [part~='field'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--ap-space, 0.5rem) / 2);
  }

  label {
    flex: 1 0 100%;
    font-weight: 600;
  }

  input {
    flex: 1 1 12em;
    min-width: 0;
    padding: var(--ap-space, 0.5rem);
    border: var(--_border);
    border-radius: var(--ap-radius, 4px);
    font: inherit;
    color: inherit;
    background: var(--ap-color-surface, #fff);
  }

  button {
    padding: var(--ap-space, 0.5rem) calc(2 * var(--ap-space, 0.5rem));
    border: 1px solid var(--ap-login-box-button-background, var(--ap-color-primary, #b3131b));
    border-radius: var(--ap-radius, 4px);
    font: inherit;
    cursor: pointer;
    color: var(--ap-login-box-button-color, var(--ap-color-on-primary, #fff));
    background: var(--ap-login-box-button-background, var(--ap-color-primary, #b3131b));
  }

  /* Show password: a quiet button, not a second call to action. */
  [part~='toggle'] {
    flex: none;
    color: inherit;
    background: none;
    border-color: var(--ap-login-box-border-color, var(--ap-color-border, #c9ced6));
  }

  [aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  [part~='error'] {
    color: var(--ap-login-box-error-color, var(--ap-color-primary, #b3131b));
    font-weight: 600;
  }
`;
