// Compiled by test/types.test.ts with React's JSX (react-jsx): the wrappers and the native tags, used as documented.
import { useRef, useState } from 'react';
import type {} from '@agency-portal/react/jsx-react';
import { ApArticleList } from '@agency-portal/react/article-list.js';
import { ApBannerCarousel } from '@agency-portal/react/banner-carousel.js';
import { ApPagination } from '@agency-portal/react/pagination.js';
import { ApPortal } from '@agency-portal/react/portal.js';

export function Page() {
  const [page, setPage] = useState(1);
  const [slide, setSlide] = useState(0);
  const pagination = useRef<HTMLElementTagNameMap['ap-pagination']>(null);
  return (
    <ApPortal api="/api/v1" site="demo">
      <ApArticleList src="/api/v1/articles" pageSize={5} layout="grid" onPageChange={(e) => setPage(e.detail.page)} />
      <ApPagination ref={pagination} totalPages={10} current={page} onPageChange={(e) => setPage(e.detail.page)} />
      <ApBannerCarousel autoplay={false} onSlideChange={(e) => setSlide(e.detail.index)} />
      <ap-pagination total-pages={10} current={page} onap-page-change={(e) => setPage(e.detail.page)} />
      <ap-banner-carousel index={slide} onap-slide-change={(e) => setSlide(e.detail.previousIndex)} />
      <ap-article-list src="/api/v1/articles" page-size={5} sync-url className="news" />
      <ap-visit-counter site="demo" track />
    </ApPortal>
  );
}
