import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface UrlParamOptions {
  /** The query parameter, read on every call so the host can change it. */
  param: () => string;
  /** Called with the parameter's value when the user moves through history (back, forward). */
  onPopState: (value: string | null) => void;
}

/** Keeps one query parameter of the page URL (`?page=3`) in step with a widget, through the History API. */
export class UrlParamController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlParamOptions,
  ) {
    host.addController(this);
  }

  private readonly handlePopState = () => this.options.onPopState(this.value);

  hostConnected(): void {
    window.addEventListener('popstate', this.handlePopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
  }

  get value(): string | null {
    return new URL(location.href).searchParams.get(this.options.param());
  }

  /** Adds a history entry with the parameter set to `value`, unless the URL already says so. */
  push(value: string): void {
    const url = new URL(location.href);
    url.searchParams.set(this.options.param(), value);
    if (url.href !== location.href) history.pushState(history.state, '', url);
  }
}
