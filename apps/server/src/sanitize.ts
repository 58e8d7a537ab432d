import sanitizeHtml from 'sanitize-html';

/**
 * What an article body may contain: text structure, figures with images (a picture with several widths as
 * `<picture>`: a WebP `<source>` with `srcset` and `sizes`, then the `<img>` with the JPEG ones), tables and links. Everything else is
 * removed; the text inside a removed element stays, except for `script`, `style` and the like, which go whole.
 * The newsroom's editor writes nothing outside this list, and the server applies it again on every save.
 */
const ARTICLE_BODY: sanitizeHtml.IOptions = {
  allowedTags: [
    ...['p', 'br', 'h2', 'h3', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'a', 'figure', 'figcaption', 'img', 'picture', 'source'],
    ...['table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td'],
  ],
  allowedAttributes: {
    // srcset entries are checked like src (a javascript: or data: one is dropped).
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading'],
    source: ['type', 'srcset', 'sizes'],
    a: ['href', 'rel'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
  },
  // http, https, mailto and relative URLs only: no javascript:, data:, vbscript: or protocol-relative //host URLs.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  // A picture whose address was removed (or never there) would only show as broken; a source is only a WebP or JPEG
  // alternative with its widths (no `media`, no other formats).
  exclusiveFilter: (frame) =>
    (frame.tag === 'img' && !frame.attribs.src) ||
    (frame.tag === 'source' && (!frame.attribs.srcset || !['image/webp', 'image/jpeg'].includes(frame.attribs.type))),
  // `source` is a void element: written `<source ... />` like `img`, never with a closing tag.
  selfClosing: [...sanitizeHtml.defaults.selfClosing, 'source'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowedStyles: {},
  allowVulnerableTags: false,
};

/** Article body HTML reduced to the allow-list above (news text, figures, links). */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, ARTICLE_BODY);
}
