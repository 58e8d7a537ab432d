// Compiled by test/types.test.ts with Solid's JSX (jsxImportSource solid-js).
import type {} from '@agency-portal/react/jsx-solid';

let page = 1;
export const right = (
  <div>
    <ap-pagination total-pages={10} current={page} on:ap-page-change={(e) => (page = e.detail.page)} />
    <ap-banner-carousel autoplay={false} on:ap-slide-change={(e) => (page = e.detail.index)} />
  </div>
);
export const wrong = (
  <div>
    <ap-pagination total-pages="ten" /> {/* error */}
    <ap-pagination on:ap-page-change={(e) => e.detail.index} /> {/* error */}
  </div>
);
