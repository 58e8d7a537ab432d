import { mergeAttributes, Node } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a picture with its alt text and caption (`<figure><img><figcaption>`). */
      insertFigure: (attributes: {
        src: string;
        alt: string;
        caption?: string;
        width?: number;
        height?: number;
        /** The picture's other widths (an uploaded image has several), with the `sizes` that picks one. */
        srcset?: string;
        sizes?: string;
        /** The same widths as WebP (an uploaded image has them): the figure then holds `<picture>`. */
        webpSrcset?: string;
      }) => ReturnType;
    };
  }
}

/**
 * A picture with a caption, as the article pages show it: `<figure><img src alt><figcaption>…</figcaption></figure>`,
 * or for an upload, with its widths as WebP first, `<figure><picture><source type="image/webp" srcset sizes><img src
 * srcset sizes alt width height></picture><figcaption>…</figcaption></figure>`.
 * The caption is the node's text (bold, italic and links allowed); the image is its attributes. Alt text is kept
 * separate from the caption: the caption is read by everyone, the alt text by those who cannot see the picture.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  draggable: true,
  isolating: true,

  addAttributes() {
    return {
      src: { default: null },
      srcset: { default: null },
      sizes: { default: null },
      webpSrcset: { default: null },
      alt: { default: '' },
      width: { default: null },
      height: { default: null },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        contentElement: 'figcaption',
        getAttrs: (element) => {
          const img = (element as HTMLElement).querySelector('img');
          if (!img?.getAttribute('src')) return false;
          const size = (name: string) => (img.getAttribute(name) && Number(img.getAttribute(name))) || null;
          return {
            src: img.getAttribute('src'),
            srcset: img.getAttribute('srcset'),
            sizes: img.getAttribute('sizes'),
            webpSrcset: (element as HTMLElement).querySelector('picture > source[type="image/webp"]')?.getAttribute('srcset') ?? null,
            alt: img.getAttribute('alt') ?? '',
            width: size('width'),
            height: size('height'),
          };
        },
      },
    ];
  },

  renderHTML({ node }) {
    const { src, srcset, sizes, webpSrcset, alt, width, height } = node.attrs as Record<string, string | number | null>;
    const present = Object.fromEntries(Object.entries({ srcset, sizes, width, height }).filter(([, value]) => value !== null));
    const img = ['img', mergeAttributes({ src, alt }, present)] as const;
    if (webpSrcset === null) return ['figure', img, ['figcaption', 0]];
    const source = ['source', mergeAttributes({ type: 'image/webp', srcset: webpSrcset }, sizes === null ? {} : { sizes })] as const;
    return ['figure', ['picture', source, img], ['figcaption', 0]];
  },

  addCommands() {
    return {
      insertFigure:
        ({ caption, ...attributes }) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs: attributes,
            content: caption ? [{ type: 'text', text: caption }] : [],
          }),
    };
  },
});
