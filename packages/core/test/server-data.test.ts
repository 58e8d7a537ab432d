import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations } from 'lit';
import { ApiResourceController, type ApiRequest } from '../src/api-resource-controller.js';
import { clearServerMarkup, readServerData, serverDataScript } from '../src/server-data.js';

interface Echo {
  method: string;
  query: Record<string, string>;
}
const isEcho = (body: unknown): body is Echo => typeof (body as Echo | null)?.method === 'string';

/** Parses markup as a page would (Declarative Shadow DOM included) into a fresh container. */
function parse(markup: string): HTMLElement {
  const container = document.createElement('div');
  container.setHTMLUnsafe(markup);
  document.body.append(container);
  return container;
}

describe('readServerData and serverDataScript', () => {
  it('reads back what the server wrote, even text that would close a script or start markup', () => {
    const data = { title: '</script><script>alert(1)</script> & <b>', line: 'a\u2028b\u2029c', n: [1, 2] };
    const host = parse(`<div>${serverDataScript(data)}</div>`).firstElementChild!;
    expect(host.querySelectorAll('script')).to.have.length(1);
    expect(readServerData(host)).to.deep.equal(data);
  });

  it('gives nothing without a JSON child of the element itself, or for text that is not JSON', () => {
    expect(readServerData(parse('<div><p>no data</p></div>').firstElementChild!)).to.equal(undefined);
    expect(readServerData(parse(`<div><p>${serverDataScript({ a: 1 })}</p></div>`).firstElementChild!)).to.equal(undefined);
    expect(readServerData(parse('<div><script type="application/json">{nope</script></div>').firstElementChild!)).to.equal(undefined);
  });

  it('writes no script for data JSON cannot hold, so the widget loads its own', () => {
    expect(serverDataScript(undefined)).to.equal('');
    expect(serverDataScript(() => 1)).to.equal('');
    expect(serverDataScript(null)).to.equal('<script type="application/json">null</script>');
  });
});

class InitialProbe extends LitElement {
  static override properties: PropertyDeclarations = { request: { attribute: false } };
  request?: ApiRequest;
  initial?: unknown;
  readonly loaded: Echo[] = [];
  readonly resource = new ApiResourceController(this, {
    request: () => this.request,
    check: isEcho,
    initial: () => this.initial,
    onLoad: (value) => this.loaded.push(value),
  });

  protected override render() {
    return html`<p>${this.resource.value?.query.page ?? '-'}</p>`;
  }
}
customElements.define('initial-probe', InitialProbe);

describe('ApiResourceController with an initial answer', () => {
  it('shows it without the first request, then loads the next request as usual', async () => {
    const probe = document.createElement('initial-probe') as InitialProbe;
    probe.initial = { method: 'GET', query: { page: '1' } };
    probe.request = { url: '/__test-api/echo', query: { page: 1 } };
    const el = await fixture<InitialProbe>(probe);
    expect(el.resource.loading).to.equal(false);
    expect(el.shadowRoot!.textContent).to.equal('1');
    expect(el.loaded, 'no request was made').to.deep.equal([]);
    el.request = { url: '/__test-api/echo', query: { page: 2 } };
    await waitUntil(() => el.loaded.length === 1, 'page 2 loads', { timeout: 5000 });
    expect(el.shadowRoot!.textContent).to.equal('2');
  });

  it('ignores an initial answer its check refuses and loads instead', async () => {
    const probe = document.createElement('initial-probe') as InitialProbe;
    probe.initial = { not: 'an echo' };
    probe.request = { url: '/__test-api/echo', query: { page: 3 } };
    const el = await fixture<InitialProbe>(probe);
    await waitUntil(() => el.loaded.length === 1, 'the request is made', { timeout: 5000 });
    expect(el.shadowRoot!.textContent).to.equal('3');
  });
});

class ServerRendered extends LitElement {
  protected override createRenderRoot() {
    clearServerMarkup(this);
    return super.createRenderRoot();
  }

  protected override render() {
    return html`<p>client</p>`;
  }
}

class PlainRendered extends LitElement {
  protected override render() {
    return html`<p>client</p>`;
  }
}

describe('clearServerMarkup', () => {
  const markup = (tag: string) => `<${tag}><template shadowrootmode="open"><p>server</p></template></${tag}>`;

  it('makes a widget that arrives server-rendered on a page without hydration render once, over the server copy', async () => {
    const container = parse(markup('server-rendered-probe'));
    const element = container.firstElementChild as LitElement;
    expect(element.shadowRoot!.textContent).to.equal('server');
    customElements.define('server-rendered-probe', ServerRendered);
    await element.updateComplete;
    expect([...element.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['client']);
  });

  it('is what keeps Lit from rendering beside the server copy (without it the content shows twice)', async () => {
    const container = parse(markup('plain-rendered-probe'));
    const element = container.firstElementChild as LitElement;
    customElements.define('plain-rendered-probe', PlainRendered);
    await element.updateComplete;
    expect([...element.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['client', 'server']);
  });

  it('leaves the markup to Lit’s hydration support where it is installed (defer-hydration observed)', async () => {
    class Hydrating extends ServerRendered {
      static override get observedAttributes() {
        return [...super.observedAttributes, 'defer-hydration'];
      }

      // Stands in for the hydration support's own first render: keeps what is there.
      protected override update() {}
    }
    const container = parse(markup('hydrating-probe'));
    const element = container.firstElementChild as LitElement;
    customElements.define('hydrating-probe', Hydrating);
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.equal('server');
  });
});
