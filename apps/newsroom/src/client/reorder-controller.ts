import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ReorderOptions<T extends { id: number }> {
  /** The items in the order shown. */
  items: () => T[];
  /** Shows the items in a new order. */
  show: (items: T[]) => void;
  /** The row element of each item, in the order shown, with the item's id in `data-id`. */
  rows: () => HTMLElement[];
  /** Items move only among items of their own group (pinned partners stay before the others); groups are contiguous. */
  group?: (item: T) => unknown;
  /** Stores the order; resolves with the items as stored (the same order), rejects when the store refused it. */
  save: (ids: number[]) => Promise<T[]>;
  /** After a move by keyboard or a drop: the item and its new index. */
  moved: (item: T, index: number) => void;
  /** A save was refused or failed; the order stored before it is shown again. */
  failed: (error: unknown) => void;
}

/**
 * Reordering a list by keyboard and by dragging, and storing each new order. `move(id, ±1)` moves an item one place
 * (for "Move up"/"Move down" buttons and Alt+Arrow keys); `onHandlePointerDown` on a row's drag handle lets a mouse,
 * pen or finger drag the row (pointer events, so it works on touch screens: give the handle `touch-action: none`).
 * Every new order is saved in turn, one request at a time, with the order shown when the previous request is answered;
 * a refused save puts back the last order that was stored, and says so through `failed`.
 */
export class ReorderController<T extends { id: number }> implements ReactiveController {
  /** The order as last stored (or loaded). */
  private stored: number[] = [];
  private saving = false;
  private drag: { id: number; before: T[]; handle: Element | null; pointerId: number } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReorderOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.endDrag();
  }

  /** The items as loaded from the store: their order is the stored one. */
  loaded(items: T[]): void {
    this.stored = items.map((item) => item.id);
  }

  /** Whether the item can move by `step` places without leaving its group. */
  canMove(id: number, step: number): boolean {
    const items = this.options.items();
    const from = items.findIndex((item) => item.id === id);
    const to = from + step;
    return from >= 0 && to >= 0 && to < items.length && this.sameGroup(items[from], items[to]);
  }

  /** Moves an item `step` places (−1 up, +1 down) within its group and saves the new order; false when it cannot move. */
  move(id: number, step: number): boolean {
    if (!this.canMove(id, step)) return false;
    const items = [...this.options.items()];
    const from = items.findIndex((item) => item.id === id);
    const [item] = items.splice(from, 1);
    items.splice(from + step, 0, item);
    this.options.show(items);
    this.options.moved(item, from + step);
    void this.persist();
    return true;
  }

  /** Alt+ArrowUp and Alt+ArrowDown on anything inside a row: for the list's `keydown`. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const row = this.rowOf(event);
    if (!row) return;
    event.preventDefault();
    this.move(Number(row.dataset.id), event.key === 'ArrowUp' ? -1 : 1);
  };

  /** For each drag handle's `pointerdown`: the row follows the pointer until it is released. */
  readonly onHandlePointerDown = (event: PointerEvent): void => {
    if (this.drag || (event.pointerType === 'mouse' && event.button !== 0)) return;
    const row = this.rowOf(event);
    if (!row) return;
    event.preventDefault();
    const handle = event.currentTarget as Element | null;
    this.drag = { id: Number(row.dataset.id), before: this.options.items(), handle, pointerId: event.pointerId };
    this.capture();
    row.toggleAttribute('data-dragging', true);
    addEventListener('pointermove', this.onPointerMove);
    addEventListener('pointerup', this.onPointerUp);
    addEventListener('pointercancel', this.onPointerCancel);
    addEventListener('keydown', this.onDragKey, true);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag) return;
    event.preventDefault();
    const items = this.options.items();
    const from = items.findIndex((item) => item.id === drag.id);
    const rows = this.options.rows();
    // The row under the pointer, or the first or last when the pointer is above or below the list.
    let to = rows.findIndex((row) => {
      const { top, bottom } = row.getBoundingClientRect();
      return event.clientY >= top && event.clientY < bottom;
    });
    if (to < 0 && rows.length > 0) to = event.clientY < rows[0].getBoundingClientRect().top ? 0 : rows.length - 1;
    if (from < 0 || to < 0 || to === from) return;
    // Not past the end of its group.
    const step = to > from ? 1 : -1;
    let target = from;
    while (target !== to && this.sameGroup(items[from], items[target + step])) target += step;
    if (target === from) return;
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(target, 0, item);
    this.options.show(next);
    // Moving a row in the page releases the pointer it captured: take it again once the row is in its new place.
    void this.host.updateComplete.then(() => this.capture());
  };

  /** Keeps the dragging pointer's events on the handle, so that a finger moving fast over other rows still drags. */
  private capture(): void {
    const drag = this.drag;
    if (!drag?.handle?.isConnected || drag.handle.hasPointerCapture(drag.pointerId)) return;
    try {
      drag.handle.setPointerCapture(drag.pointerId);
    } catch {
      // A pointer the browser no longer knows (or a made-up one): the window's listeners follow it all the same.
    }
  }

  private readonly onPointerUp = (): void => {
    const drag = this.drag;
    if (!drag) return;
    this.endDrag();
    const items = this.options.items();
    if (items.map((item) => item.id).join() === drag.before.map((item) => item.id).join()) return;
    const index = items.findIndex((item) => item.id === drag.id);
    this.options.moved(items[index], index);
    void this.persist();
  };

  /** A cancelled drag (Escape, or the browser took the pointer for scrolling) puts the rows back. */
  private readonly onPointerCancel = (): void => {
    const drag = this.drag;
    if (!drag) return;
    this.endDrag();
    this.options.show(drag.before);
  };

  private readonly onDragKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.onPointerCancel();
  };

  private endDrag(): void {
    removeEventListener('pointermove', this.onPointerMove);
    removeEventListener('pointerup', this.onPointerUp);
    removeEventListener('pointercancel', this.onPointerCancel);
    removeEventListener('keydown', this.onDragKey, true);
    for (const row of this.options.rows()) row.removeAttribute('data-dragging');
    this.drag = undefined;
  }

  /** Saves the order shown until the store has it; one request at a time. */
  private async persist(): Promise<void> {
    if (this.saving) return;
    this.saving = true;
    try {
      // A row being dragged is saved when it is dropped.
      while (!this.drag) {
        const ids = this.options.items().map((item) => item.id);
        if (ids.join() === this.stored.join()) return;
        let saved: T[];
        try {
          saved = await this.options.save(ids);
        } catch (error) {
          this.endDrag();
          this.restore();
          this.options.failed(error);
          return;
        }
        this.stored = saved.map((item) => item.id);
        // Nothing moved meanwhile: show the items as stored (also when the store put them otherwise, such as a
        // partner pinned meanwhile by someone else, which then shows first).
        if (
          this.options
            .items()
            .map((item) => item.id)
            .join() === ids.join() &&
          !this.drag
        )
          this.options.show(saved);
      }
    } finally {
      this.saving = false;
    }
  }

  /** Shows the items in the order last stored. */
  private restore(): void {
    const byId = new Map(this.options.items().map((item) => [item.id, item]));
    const items = this.stored.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);
    this.options.show(items);
  }

  private sameGroup(a: T | undefined, b: T | undefined): boolean {
    if (a === undefined || b === undefined) return false;
    return this.options.group === undefined || this.options.group(a) === this.options.group(b);
  }

  private rowOf(event: Event): HTMLElement | undefined {
    const rows = this.options.rows();
    return event.composedPath().find((node): node is HTMLElement => rows.includes(node as HTMLElement));
  }
}
