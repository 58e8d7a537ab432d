// The embed builder (/quan-tri/ma-nhung): a chunk of its own, loaded when the screen is first opened.
import { define } from '@agency-portal/core';
import { NrEmbedBuilder } from './nr-embed-builder.js';
import { NrEmbedOptions } from './nr-embed-options.js';
import { NrEmbedPreview } from './nr-embed-preview.js';
import { NrEmbedSnippet } from './nr-embed-snippet.js';

define('nr-embed-options', NrEmbedOptions);
define('nr-embed-preview', NrEmbedPreview);
define('nr-embed-snippet', NrEmbedSnippet);
define('nr-embed-builder', NrEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'nr-embed-builder': NrEmbedBuilder;
    'nr-embed-options': NrEmbedOptions;
    'nr-embed-preview': NrEmbedPreview;
    'nr-embed-snippet': NrEmbedSnippet;
  }
}
