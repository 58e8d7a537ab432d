import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface RotationOptions {
  /** Milliseconds the current slide stays, read each time the timer starts. */
  delay: () => number;
  /** Shows the next slide; the host then calls `restart()`. */
  advance: () => void;
  /** Called when `playing` changes (by `toggle()`, focus, or reduced motion turned on). */
  onChange: (playing: boolean) => void;
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * The automatic slide show of a carousel, following the WAI-ARIA APG carousel pattern. `playing` is the
 * rotation the user sees on the rotation button; it turns off when keyboard focus enters the host (and stays
 * off: only the user turns it on again) and when the reader asks for reduced motion. While it plays, the timer
 * still pauses as long as the pointer is over the host, the page is hidden or the host is off-screen.
 */
export class RotationController implements ReactiveController {
  /** The slide show is on (the rotation button offers "Stop"). */
  playing = false;
  /** Why the timer waits although `playing`: `hover`, `hidden`, `offscreen`. */
  readonly pauses = new Set<string>();

  private timer: ReturnType<typeof setTimeout> | undefined;
  private observer: IntersectionObserver | undefined;
  // Asked when the host first connects: a carousel rendered on the server has no media queries to ask.
  private motion: MediaQueryList | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: RotationOptions,
  ) {
    host.addController(this);
  }

  /** Whether a timer runs now: playing and not paused. */
  get running(): boolean {
    return this.timer !== undefined;
  }

  /** Under `prefers-reduced-motion: reduce` the slide show never starts by itself. */
  get reducedMotion(): boolean {
    return this.motion?.matches ?? false;
  }

  hostConnected(): void {
    this.motion ??= matchMedia(REDUCED_MOTION);
    this.host.addEventListener('mouseenter', this.onHover);
    this.host.addEventListener('mouseleave', this.onHover);
    this.host.addEventListener('focusin', this.onFocus);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.motion.addEventListener('change', this.onMotion);
    this.observer = new IntersectionObserver(([entry]) => this.pause('offscreen', !entry.isIntersecting));
    this.observer.observe(this.host);
    this.onVisibility();
  }

  hostDisconnected(): void {
    this.host.removeEventListener('mouseenter', this.onHover);
    this.host.removeEventListener('mouseleave', this.onHover);
    this.host.removeEventListener('focusin', this.onFocus);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.motion?.removeEventListener('change', this.onMotion);
    this.observer?.disconnect();
    this.clear();
  }

  /** Turns the slide show on or off, as its button does. */
  set(playing: boolean): void {
    if (playing === this.playing) return;
    this.playing = playing;
    this.restart();
    this.options.onChange(playing);
  }

  /** Starts the current slide's time again (after any slide change), or stops the timer when it must wait. */
  restart(): void {
    this.clear();
    if (this.playing && this.pauses.size === 0) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.options.advance();
      }, this.options.delay());
    }
    this.host.requestUpdate();
  }

  private clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private pause(reason: string, on: boolean): void {
    if (on === this.pauses.has(reason)) return;
    if (on) this.pauses.add(reason);
    else this.pauses.delete(reason);
    this.restart();
  }

  private readonly onHover = (event: Event) => this.pause('hover', event.type === 'mouseenter');

  private readonly onVisibility = () => this.pause('hidden', document.visibilityState === 'hidden');

  private readonly onMotion = () => {
    if (this.reducedMotion) this.set(false);
  };

  // Keyboard focus only: a mouse click on the rotation button focuses it too, and must not fight the click.
  private readonly onFocus = (event: FocusEvent) => {
    const target = event.composedPath()[0] as Element;
    if (target.matches(':focus-visible')) this.set(false);
  };
}
