// The portal's one script: the stylesheet and every widget on its pages, registered through the widget
// packages' public `define.js` exports. The pages are server-rendered and read the same without it.
// First: Lit's hydration support must patch LitElement before any widget is defined, so that the widgets the server
// rendered into Declarative Shadow DOM take over their markup as it is instead of rendering it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './site.css';
import '@agency-portal/core/define.js';
import '@agency-portal/ad-strip/define.js';
import '@agency-portal/article-list/define.js';
import '@agency-portal/banner-carousel/define.js';
import '@agency-portal/login-box/define.js';
import '@agency-portal/pagination/define.js';
import '@agency-portal/visit-counter/define.js';
