import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import '../src/define.js';
import { portalConfigContext, type PortalConfig } from '../src/context.js';
import type { ApPortal } from '../src/portal.js';

class ConfigProbe extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: portalConfigContext, subscribe: true });
}
customElements.define('ap-config-probe', ConfigProbe);

describe('ap-portal', () => {
  it('provides { api, site, lang } to widgets inside it and updates them', async () => {
    const portal = await fixture<ApPortal>(
      html`<ap-portal api="https://portal.example.vn/api/v1/" site="dukcq" lang="vi"
        ><section><ap-config-probe></ap-config-probe></section
      ></ap-portal>`,
    );
    const probe = portal.querySelector<ConfigProbe>('ap-config-probe')!;
    expect(probe.consumer.value).to.deep.equal({
      api: 'https://portal.example.vn/api/v1/',
      site: 'dukcq',
      lang: 'vi',
    } satisfies PortalConfig);
    portal.site = 'so-tu-phap';
    await portal.updateComplete;
    expect(probe.consumer.value!.site).to.equal('so-tu-phap');
  });

  it('uses a string context key, so a provider from another bundle is found', async () => {
    expect(portalConfigContext).to.equal('ap-portal-config');
    const portal = await fixture<ApPortal>(html`<ap-portal site="x"><div></div></ap-portal>`);
    let answered: unknown;
    // A consumer from another bundle has its own copy of the context object: only the key matches.
    const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context: 'ap-portal-config',
      callback: (value: unknown) => (answered = value),
    });
    portal.firstElementChild!.dispatchEvent(request);
    expect(answered).to.deep.include({ site: 'x' });
  });

  it('gives the configuration to a widget inside it as soon as the widget connects', async () => {
    const seen: (PortalConfig | undefined)[] = [];
    class ConnectProbe extends LitElement {
      readonly consumer = new ContextConsumer(this, { context: portalConfigContext, subscribe: true });
      override connectedCallback() {
        super.connectedCallback();
        seen.push(this.consumer.value);
      }
    }
    customElements.define('ap-connect-probe', ConnectProbe);
    const container = document.createElement('div');
    container.innerHTML = '<ap-portal api="/cong/api/v1/" site="so-gd"><ap-connect-probe></ap-connect-probe></ap-portal>';
    document.body.append(container);
    try {
      expect(seen).to.deep.equal([{ api: '/cong/api/v1/', site: 'so-gd' }]);
    } finally {
      container.remove();
    }
  });

  it('does not get in the layout', async () => {
    const portal = await fixture<ApPortal>(html`<ap-portal></ap-portal>`);
    expect(getComputedStyle(portal).display).to.equal('contents');
  });
});
