// The article editor and its rich-text editor (TipTap, ProseMirror): a chunk of its own, loaded when an article
// is opened.
import { define } from '@agency-portal/core';
import { NrArticleEditor } from './nr-article-editor.js';
import { NrCoverPicture } from './nr-cover-picture.js';

define('nr-cover-picture', NrCoverPicture);
define('nr-article-editor', NrArticleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'nr-article-editor': NrArticleEditor;
    'nr-cover-picture': NrCoverPicture;
  }
}
