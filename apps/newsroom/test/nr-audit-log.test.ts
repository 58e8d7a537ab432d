import { expect, fixture, html } from '@open-wc/testing';
import '../src/client/define.js';
import type { NrAuditLog } from '../src/client/nr-audit-log.js';
import { ADMIN, api, signIn, uniqueTitle, USER, waitUntil } from './support.js';

describe('nr-audit-log', () => {
  after(() => signIn());

  it('shows who changed what and when, with the fields changed, and filters by person and action', async () => {
    await signIn();
    const title = uniqueTitle('Bài trong nhật ký');
    const article = await api('POST', 'articles', { title, category: 'tin-hoat-dong' });
    await api('PATCH', `articles/${article.id}`, { version: 1, status: 'published' });
    await signIn(ADMIN);
    const el = await fixture<NrAuditLog>(html`<nr-audit-log lang="vi" api="/api/v1/"></nr-audit-log>`);
    await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'the log loads');
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('form')!;
    form.querySelector<HTMLInputElement>('[name=actor]')!.value = USER;
    form.querySelector<HTMLSelectElement>('[name=action]')!.value = 'article.publish';
    form.requestSubmit();
    const rowOf = () => [...el.shadowRoot!.querySelectorAll('tbody tr')].find((row) => row.textContent!.includes(title));
    await waitUntil(
      () => rowOf() && [...el.shadowRoot!.querySelectorAll('tbody tr')].every((row) => row.textContent!.includes('Đăng bài')),
      'only publications by the editor',
    );
    const cells = [...rowOf()!.querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells[1]).to.equal(USER);
    expect(cells[2]).to.equal('Đăng bài');
    expect(cells[4]).to.contain('status: draft → published');
    await expect(el).to.be.accessible();
  });

  it('is for admins: an editor is told so', async () => {
    await signIn();
    const el = await fixture<NrAuditLog>(html`<nr-audit-log lang="vi" api="/api/v1/"></nr-audit-log>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'), 'the refusal shows');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('Việc này chỉ dành cho quản trị viên (admin).');
  });
});
