import { pageHref, pageItems } from '@agency-portal/pagination/page-items.js';
import { html, type SafeHtml } from './html.js';

const SITE_NAME = 'Agency Portal';
const PAGINATION_LABEL = 'Phân trang tin tức';
const PAGE_HREF_TEMPLATE = '?page={page}';

interface Layout {
  title: string;
  description: string;
  canonicalUrl?: string;
  moduleScripts?: string[];
  main: SafeHtml;
}

function layout({ title, description, canonicalUrl, moduleScripts = [], main }: Layout): string {
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="${description}">
${canonicalUrl !== undefined && html`<link rel="canonical" href="${canonicalUrl}">`}
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/site.css">
${moduleScripts.map((src) => html`<script type="module" src="${src}"></script>`)}
</head>
<body>
<header class="site-header"><a class="site-name" href="/">${SITE_NAME}</a></header>
<main>
${main}
</main>
<footer class="site-footer"><p>Agency Portal Kit: bộ thành phần web cho cổng thông tin điện tử.</p></footer>
</body>
</html>
`.value;
}

export interface HomePage {
  publicUrl: string;
  page: number;
  totalPages: number;
  headlines: readonly string[];
}

/** The demo news list: one page of headlines and an <ap-pagination> with plain links inside for no-JS readers. */
export function homePage({ publicUrl, page, totalPages, headlines }: HomePage): string {
  return layout({
    title: page === 1 ? `Tin tức | ${SITE_NAME}` : `Tin tức – Trang ${page} | ${SITE_NAME}`,
    description: 'Tin tức mới nhất của cơ quan: danh sách tin có phân trang, đọc được cả khi trình duyệt tắt JavaScript.',
    canonicalUrl: page === 1 ? `${publicUrl}/` : `${publicUrl}/${pageHref(PAGE_HREF_TEMPLATE, page)}`,
    moduleScripts: ['/embed/pagination.js'],
    main: html`<h1>Tin tức</h1>
<p class="page-status">Trang ${page} / ${totalPages}. Các tiêu đề dưới đây là dữ liệu mẫu.</p>
<ul class="news-list">
${headlines.map((headline) => html`<li>${headline}</li>\n`)}</ul>
${pagination(page, totalPages)}`,
  });
}

function pagination(current: number, total: number): SafeHtml {
  const href = (page: number) => pageHref(PAGE_HREF_TEMPLATE, page);
  const items = pageItems(current, total).map((item) =>
    item.type === 'ellipsis'
      ? html`<li aria-hidden="true">…</li>`
      : html`<li><a href="${href(item.page)}"${item.current && html` aria-current="page"`}>${item.page}</a></li>`,
  );
  return html`<ap-pagination total-pages="${total}" current="${current}" href-template="${PAGE_HREF_TEMPLATE}" label="${PAGINATION_LABEL}">
<nav aria-label="${PAGINATION_LABEL}"><ul>
${current > 1 && html`<li><a href="${href(current - 1)}" rel="prev">Trang trước</a></li>`}
${items}
${current < total && html`<li><a href="${href(current + 1)}" rel="next">Trang sau</a></li>`}
</ul></nav>
</ap-pagination>`;
}

/** The HTML page for an error status: 404, another 4xx or a server error, without details. */
export function errorPage(status: number): string {
  const [heading, message] =
    status === 404
      ? ['Không tìm thấy trang', 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi.']
      : status < 500
        ? ['Yêu cầu không hợp lệ', 'Máy chủ không thể xử lý yêu cầu này.']
        : ['Lỗi máy chủ', 'Đã có lỗi xảy ra. Vui lòng thử lại sau.'];
  return layout({
    title: `${heading} | ${SITE_NAME}`,
    description: message,
    main: html`<h1>${heading}</h1>
<p>${message}</p>
<p><a href="/">Về trang chủ</a></p>`,
  });
}
