// The embed builder's parts (options, preview, snippet, a site's look), registered before the builder renders them.
import { define } from '@agency-portal/core';
import { NrEmbedLook } from './nr-embed-look.js';
import { NrEmbedOptions } from './nr-embed-options.js';
import { NrEmbedPreview } from './nr-embed-preview.js';
import { NrEmbedSnippet } from './nr-embed-snippet.js';

define('nr-embed-options', NrEmbedOptions);
define('nr-embed-preview', NrEmbedPreview);
define('nr-embed-snippet', NrEmbedSnippet);
define('nr-embed-look', NrEmbedLook);

declare global {
  interface HTMLElementTagNameMap {
    'nr-embed-options': NrEmbedOptions;
    'nr-embed-preview': NrEmbedPreview;
    'nr-embed-snippet': NrEmbedSnippet;
    'nr-embed-look': NrEmbedLook;
  }
}
