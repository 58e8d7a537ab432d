import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type PropertyDeclarations } from 'lit';
import { ApiError, ApiTimeoutError } from '../src/api-client.js';
import { ApiResourceController, type ApiRequest } from '../src/api-resource-controller.js';

interface Echo {
  method: string;
  query: Record<string, string>;
}

const isEcho = (body: unknown): body is Echo => typeof (body as Echo | null)?.method === 'string';

// The component-test server answers /__test-api/ (scripts/test-api-routes.mjs): a real HTTP server.
class ResourceProbe extends LitElement {
  static override properties: PropertyDeclarations = { request: { attribute: false }, timeout: { type: Number } };
  request?: ApiRequest;
  timeout = 10_000;
  readonly loaded: Echo[] = [];
  readonly errors: ApiError[] = [];
  readonly resource = new ApiResourceController(this, {
    request: () => this.request,
    check: isEcho,
    timeout: () => this.timeout,
    onLoad: (value) => this.loaded.push(value),
    onError: (error) => this.errors.push(error),
  });
}
customElements.define('ap-resource-probe', ResourceProbe);

const settled = (probe: ResourceProbe) => waitUntil(() => !probe.resource.loading, 'the request did not settle', { timeout: 5000 });

describe('ApiResourceController', () => {
  it('loads the request, with its query, and re-renders the host as it goes', async () => {
    const probe = await fixture<ResourceProbe>(
      html`<ap-resource-probe .request=${{ url: '/__test-api/echo', query: { page: 2 } }}></ap-resource-probe>`,
    );
    expect(probe.resource.loading).to.be.true;
    await settled(probe);
    expect(probe.resource.value).to.deep.equal({ method: 'GET', query: { page: '2' }, body: null });
    expect(probe.resource.error).to.be.undefined;
    expect(probe.loaded).to.have.length(1);
  });

  it('resolves a relative URL against the page and keeps its own query', async () => {
    const probe = await fixture<ResourceProbe>(
      html`<ap-resource-probe .request=${{ url: '__test-api/echo?site=dukcq', query: { page: 3 } }}></ap-resource-probe>`,
    );
    await settled(probe);
    expect(probe.resource.value!.query).to.deep.equal({ site: 'dukcq', page: '3' });
  });

  it('loads again only when the request changes', async () => {
    const probe = await fixture<ResourceProbe>(
      html`<ap-resource-probe .request=${{ url: '/__test-api/echo', query: { page: 1 } }}></ap-resource-probe>`,
    );
    await settled(probe);
    probe.request = { url: '/__test-api/echo', query: { page: 1 } };
    await probe.updateComplete;
    expect(probe.resource.loading).to.be.false;
    probe.request = { url: '/__test-api/echo', query: { page: 2 } };
    await probe.updateComplete;
    expect(probe.resource.loading).to.be.true;
    await settled(probe);
    expect(probe.loaded.map((echo) => echo.query.page)).to.deep.equal(['1', '2']);
  });

  it("turns the server's error shape into its error and keeps the last value", async () => {
    const probe = await fixture<ResourceProbe>(html`<ap-resource-probe .request=${{ url: '/__test-api/echo' }}></ap-resource-probe>`);
    await settled(probe);
    probe.request = { url: '/__test-api/server-error' };
    await probe.updateComplete;
    await settled(probe);
    expect(probe.resource.error).to.be.instanceOf(ApiError);
    expect(probe.resource.error).to.deep.include({ status: 500, code: 'internal_error' });
    expect(probe.errors).to.deep.equal([probe.resource.error]);
    expect(probe.resource.value!.method).to.equal('GET');
  });

  it('rejects a body of the wrong shape as invalid_response', async () => {
    const probe = await fixture<ResourceProbe>(
      html`<ap-resource-probe .request=${{ url: '/__test-api/slow', query: { ms: 0 } }}></ap-resource-probe>`,
    );
    await settled(probe);
    expect(probe.resource.error).to.deep.include({ status: 200, code: 'invalid_response' });
    expect(probe.resource.value).to.be.undefined;
  });

  it('reports a URL it cannot parse as an error instead of throwing', async () => {
    const probe = await fixture<ResourceProbe>(html`<ap-resource-probe .request=${{ url: 'http://[::1' }}></ap-resource-probe>`);
    await settled(probe);
    expect(probe.resource.error).to.deep.include({ status: 0, code: 'invalid_url' });
  });

  it('gives up after the timeout the host gives', async () => {
    const probe = await fixture<ResourceProbe>(
      html`<ap-resource-probe timeout="100" .request=${{ url: '/__test-api/slow', query: { ms: 60_000 } }}></ap-resource-probe>`,
    );
    await settled(probe);
    expect(probe.resource.error).to.be.instanceOf(ApiTimeoutError);
  });

  it('ignores the answer to a request that a newer one replaced', async () => {
    const probe = await fixture<ResourceProbe>(
      html`<ap-resource-probe .request=${{ url: '/__test-api/slow', query: { ms: 300 } }}></ap-resource-probe>`,
    );
    probe.request = { url: '/__test-api/echo', query: { page: 5 } };
    await probe.updateComplete;
    await settled(probe);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(probe.resource.value!.query).to.deep.equal({ page: '5' });
    expect(probe.resource.error).to.be.undefined;
    expect(probe.loaded).to.have.length(1);
    expect(probe.errors).to.have.length(0);
  });

  it('reloads the same request on demand', async () => {
    const probe = await fixture<ResourceProbe>(html`<ap-resource-probe .request=${{ url: '/__test-api/echo' }}></ap-resource-probe>`);
    await settled(probe);
    const reloading = probe.resource.reload();
    expect(probe.resource.loading).to.be.true;
    await reloading;
    expect(probe.loaded).to.have.length(2);
  });

  it('aborts when the host leaves the page and loads again when it comes back', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><ap-resource-probe .request=${{ url: '/__test-api/slow', query: { ms: 300 } }}></ap-resource-probe></div>`,
    );
    const probe = wrapper.querySelector<ResourceProbe>('ap-resource-probe')!;
    await probe.updateComplete;
    probe.remove();
    expect(probe.resource.loading).to.be.false;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(probe.errors.length + probe.loaded.length).to.equal(0);
    wrapper.append(probe);
    await probe.updateComplete;
    expect(probe.resource.loading).to.be.true;
    await settled(probe);
    expect(probe.resource.error!.code).to.equal('invalid_response');
  });
});
