// Compiled by test/types.test.ts with Preact's JSX (jsxImportSource preact).
import type {} from '@agency-portal/react/jsx-preact';

let page = 1;
export const right = (
  <div>
    <ap-pagination total-pages={10} current={page} onap-page-change={(e) => (page = e.detail.page)} />
    <ap-article-list src="/api/v1/articles" pageSize={5} layout="compact" />
  </div>
);
export const wrong = (
  <div>
    <ap-pagination total-pages="ten" /> {/* error */}
    <ap-pagination onap-page-change={(e) => e.detail.index} /> {/* error */}
  </div>
);
