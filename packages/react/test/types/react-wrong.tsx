// Compiled by test/types.test.ts: every line marked "error" must fail to type-check, and no other.
import type {} from '@agency-portal/react/jsx-react';
import { ApArticleList } from '@agency-portal/react/article-list.js';
import { ApBannerCarousel } from '@agency-portal/react/banner-carousel.js';
import { ApPagination } from '@agency-portal/react/pagination.js';

export const wrong = (
  <>
    <ApPagination totalPages="ten" /> {/* error */}
    <ApPagination onPageChange={(e) => e.detail.index} /> {/* error */}
    <ApBannerCarousel onSlideChange={(e) => e.detail.page} /> {/* error */}
    <ApArticleList onPageChange={(e) => e.detail.index} /> {/* error */}
    <ApPagination onPageChanged={() => {}} /> {/* error */}
    <ap-pagination total-pages="ten" /> {/* error */}
    <ap-pagination onap-page-change={(e) => e.detail.index} /> {/* error */}
    <ap-banner-carousel autoplay="yes" /> {/* error */}
    <ap-article-list layout="table" /> {/* error */}
    <ap-pagination bogus={1} /> {/* error */}
    <ap-pagination current={2} />
  </>
);
