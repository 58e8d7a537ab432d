// Routes the component-test server answers under /__test-api/, so the core API client is tested against
// a real HTTP server: JSON, the portal's error shape (404, 409 with details, and 500), a non-JSON body and a slow answer.
export async function apiTestRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__test-api/')) return next();
  const route = ctx.path.slice('/__test-api/'.length);
  const json = (status, body) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(body);
  };
  if (route === 'echo') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    return json(200, {
      method: ctx.method,
      query: Object.fromEntries(new URLSearchParams(ctx.querystring)),
      body: body ? JSON.parse(body) : null,
    });
  }
  if (route === 'missing') return json(404, { error: { code: 'not_found', message: 'No article with slug "x".' } });
  if (route === 'conflict') return json(409, { error: { code: 'version_conflict', message: 'Saved by someone else.', savedBy: 'an' } });
  if (route === 'server-error') return json(500, { error: { code: 'internal_error', message: 'Something went wrong.' } });
  if (route === 'bad-gateway') {
    ctx.status = 502;
    ctx.type = 'text/html';
    ctx.body = '<h1>Bad gateway</h1>';
    return;
  }
  if (route === 'not-json') {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><p>Hello';
    return;
  }
  if (route === 'slow') {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 2000)));
    return json(200, { slow: true });
  }
  return next();
}
