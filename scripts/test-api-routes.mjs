// Routes the component-test server answers under /__test-api/, so the core API client is tested against
// a real HTTP server: JSON, the portal's error shape (404, 409 with details, and 500), a non-JSON body and a slow answer;
// and an article list whose cover has every width in `srcset`, for <ap-article-list>.
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
  if (route === 'cover') {
    // One article whose cover was uploaded in the newsroom: the shape of the portal's articles API, with every width
    // of the picture in `srcset` (here the demo photo, served by the portal server through the proxy).
    const bad = { 1: { jpeg: 42 }, webp: { webp: ['/media/hoi-nghi.webp 800w'], jpeg: '/media/hoi-nghi.jpg 800w' } }[ctx.query.bad];
    const srcset = bad ?? { jpeg: '/media/hoi-nghi.jpg 800w' };
    const image = {
      url: '/media/hoi-nghi.jpg',
      alt: 'Toàn cảnh hội nghị',
      width: 800,
      height: 450,
      srcset,
      sizes: '(max-width: 800px) 100vw, 800px',
    };
    const article = { id: 1, slug: 'bai-co-anh-dai-dien', title: 'Bài có ảnh đại diện', summary: 'Tóm tắt.', image };
    const rest = { category: { slug: 'tin-hoat-dong', name: 'Tin hoạt động' }, author: 'Ban biên tập', views: 3 };
    const item = {
      ...article,
      ...rest,
      publishedAt: '2026-12-01T02:00:00.000Z',
      url: 'https://tintuc.example.gov.vn/bai-viet/bai-co-anh-dai-dien',
    };
    return json(200, { items: [item], page: 1, pageSize: 10, total: 1, totalPages: 1 });
  }
  if (route === 'slow') {
    // Answers after `ms`, or never if the client gives up first (its abort closes the request).
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, Number(ctx.query.ms ?? 2000));
      ctx.req.once('close', () => clearTimeout(timer) || resolve());
    });
    if (ctx.req.destroyed) return;
    return json(200, { slow: true });
  }
  return next();
}
