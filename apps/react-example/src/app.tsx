// One page of the widgets in React: React state goes into the widgets as props, and their events come back as
// callbacks that set that state.
import { useState } from 'react';
import { ApArticleList } from '@agency-portal/react/article-list.js';
import { ApBannerCarousel } from '@agency-portal/react/banner-carousel.js';
import { ApPagination } from '@agency-portal/react/pagination.js';

const banners = [
  { href: '#tet', src: '/banner-1.svg', alt: 'Happy Lunar New Year' },
  { href: '#congress', src: '/banner-2.svg', alt: 'Towards the Party Congress' },
  { href: '#digital', src: '/banner-3.svg', alt: 'Digital transformation' },
];

export function App() {
  const [page, setPage] = useState(3);
  const [totalPages, setTotalPages] = useState(12);
  const [slide, setSlide] = useState(0);
  const [articles, setArticles] = useState<number>();

  return (
    <main>
      <h1>Agency Portal widgets in React</h1>
      <ApBannerCarousel label="Banners" onSlideChange={(event) => setSlide(event.detail.index)}>
        {banners.map((b) => (
          <a key={b.href} href={b.href}>
            <img src={b.src} alt={b.alt} width={960} height={240} />
          </a>
        ))}
      </ApBannerCarousel>
      <p id="slide">
        Banner {slide + 1} of {banners.length}
      </p>

      <h2>Latest news</h2>
      <ApArticleList
        src="/articles.json"
        pageSize={3}
        layout="list"
        label="Latest news"
        onLoad={(event) => setArticles(event.detail.total)}
      />
      <p id="articles" role="status">
        {articles === undefined ? 'Loading the news' : `${articles} articles`}
      </p>

      <h2>Pagination driven by React state</h2>
      <ApPagination label="Example pages" totalPages={totalPages} current={page} onPageChange={(event) => setPage(event.detail.page)} />
      <p id="page">
        Page {page} of {totalPages}
      </p>
      <button type="button" onClick={() => setTotalPages((n) => n + 10)}>
        Ten more pages
      </button>
    </main>
  );
}
