import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One tab stop for a group of controls (the WAI-ARIA toolbar pattern): the last focused control has tabindex 0,
 * the others -1; Left/Right (and Up/Down) move between them, Home and End go to the ends, skipping disabled ones.
 * `items()` returns the controls in order; call `update()` from the host's `updated()`.
 */
export class RovingFocusController implements ReactiveController {
  private current = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly items: () => HTMLElement[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.update();
  }

  /** Gives the tab stop to the current control (or the first enabled one). */
  update(): void {
    const items = this.items();
    if (items.length === 0) return;
    if (!this.usable(items[this.current]))
      this.current = Math.max(
        0,
        items.findIndex((item) => this.usable(item)),
      );
    items.forEach((item, i) => (item.tabIndex = i === this.current ? 0 : -1));
  }

  /** For the group's `keydown`. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const items = this.items();
    const from = items.indexOf(event.target as HTMLElement);
    if (from < 0) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    let to: number | undefined;
    if (step !== undefined) to = this.next(items, from, step);
    else if (event.key === 'Home') to = this.next(items, -1, 1);
    else if (event.key === 'End') to = this.next(items, items.length, -1);
    if (to === undefined) return;
    event.preventDefault();
    this.current = to;
    this.update();
    items[to].focus();
  };

  /** For the group's `focusin`: a control focused by a click becomes the tab stop. */
  readonly onFocusIn = (event: FocusEvent): void => {
    const index = this.items().indexOf(event.target as HTMLElement);
    if (index >= 0 && index !== this.current) {
      this.current = index;
      this.update();
    }
  };

  private usable(item: HTMLElement | undefined): boolean {
    return item !== undefined && !(item as HTMLButtonElement).disabled;
  }

  /** The next usable control from `from` in direction `step`, wrapping around. */
  private next(items: HTMLElement[], from: number, step: number): number | undefined {
    for (let i = 1; i <= items.length; i++) {
      const index = (((from + step * i) % items.length) + items.length) % items.length;
      if (this.usable(items[index])) return index;
    }
    return undefined;
  }
}
