// What the article editor can write: exactly what the server's allow-list keeps (apps/server/src/sanitize.ts):
// paragraphs, h2 and h3 (the page's title is the h1), bold, italic, lists, quotes, links, figures with captions and
// tables. Anything else that is pasted in has no node or mark here and is dropped by the editor's schema.
import type { AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import { Heading as BaseHeading } from '@tiptap/extension-heading';
import StarterKit from '@tiptap/starter-kit';
import { Figure } from './figure.js';

/** Section headings: h2 and h3 (the page's title is the h1). Other levels that come in take the nearest. */
const Heading = BaseHeading.extend({
  parseHTML() {
    return ([1, 2, 3, 4, 5, 6] as const).map((level) => ({ tag: `h${level}`, attrs: { level: level <= 2 ? 2 : 3 } }));
  },
}).configure({ levels: [2, 3] });

export function articleExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      // No empty paragraph added after a closing list or table: it would be saved as <p></p>.
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        // Web pages, mail and the portal's own pages only (linkify knows http, https and mailto already).
        isAllowedUri: (url, { defaultValidate }) => defaultValidate(url) && /^(https?:|mailto:|\/(?!\/))/i.test(url.trim()),
        HTMLAttributes: { rel: null, target: null },
      },
    }),
    Heading,
    TableKit.configure({ table: { resizable: false } }),
    Figure,
  ];
}
