import { expect } from '@open-wc/testing';
import { ApiError, ApiNetworkError, ApiTimeoutError, createApiClient } from '../src/api-client.js';

// The component-test server answers these routes (scripts/test-api-routes.mjs): a real HTTP server.
const api = createApiClient({ base: '/__test-api' });

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}

describe('createApiClient', () => {
  it('GETs JSON with query parameters, leaving out undefined ones', async () => {
    const body = await api.get<{ method: string; query: Record<string, string> }>('echo', {
      query: { page: 2, category: 'thoi-su', q: undefined },
    });
    expect(body.method).to.equal('GET');
    expect(body.query).to.deep.equal({ page: '2', category: 'thoi-su' });
  });

  it('POSTs a JSON body', async () => {
    const body = await api.post<{ method: string; body: unknown }>('/echo', { site: 'dukcq', path: '/' });
    expect(body).to.deep.include({ method: 'POST', body: { site: 'dukcq', path: '/' } });
  });

  it("turns the server's error shape into an ApiError with its code and message", async () => {
    const error = await rejection(api.get('missing'));
    expect(error).to.be.instanceOf(ApiError);
    expect(error).to.deep.include({ status: 404, code: 'not_found', message: 'No article with slug "x".' });
  });

  it('PATCHes and DELETEs', async () => {
    expect(await api.patch('echo', { version: 2 })).to.deep.include({ method: 'PATCH', body: { version: 2 } });
    expect(await api.delete('echo')).to.deep.include({ method: 'DELETE', body: null });
  });

  it("keeps the other fields of the server's error object as details", async () => {
    const error = (await rejection(api.post('conflict', {}))) as ApiError;
    expect(error).to.deep.include({ status: 409, code: 'version_conflict', message: 'Saved by someone else.' });
    expect(error.details).to.deep.equal({ savedBy: 'an' });
    expect(((await rejection(api.get('missing'))) as ApiError).details).to.deep.equal({});
  });

  it('reports a non-JSON error page by its status', async () => {
    const error = (await rejection(api.get('bad-gateway'))) as ApiError;
    expect(error.status).to.equal(502);
    expect(error.code).to.equal('http_error');
  });

  it('rejects a 200 that is not JSON', async () => {
    const error = (await rejection(api.get('not-json'))) as ApiError;
    expect(error.code).to.equal('invalid_response');
  });

  it('gives up after its timeout with an ApiTimeoutError', async () => {
    const quick = createApiClient({ base: '/__test-api/', timeout: 100 });
    const error = await rejection(quick.get('slow', { query: { ms: 60_000 } }));
    expect(error).to.be.instanceOf(ApiTimeoutError);
    expect((error as ApiError).code).to.equal('timeout');
  });

  it("passes a caller's abort through untouched", async () => {
    const controller = new AbortController();
    const promise = api.get('slow', { query: { ms: 60_000 }, signal: controller.signal });
    controller.abort();
    const error = await rejection(promise);
    expect(error.name).to.equal('AbortError');
    expect(error).not.to.be.instanceOf(ApiError);
  });

  it('reports an unreachable server as an ApiNetworkError', async () => {
    const nowhere = createApiClient({ base: 'http://127.0.0.1:9/api/' });
    const error = await rejection(nowhere.get('articles'));
    expect(error).to.be.instanceOf(ApiNetworkError);
    expect(error.message).to.equal('Could not reach http://127.0.0.1:9/api/articles.');
  });
});
