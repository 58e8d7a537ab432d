// The portal's one script: the stylesheet and every widget on its pages, registered through the widget
// packages' public `define.js` exports. The pages are server-rendered and read the same without it.
import './site.css';
import '@agency-portal/core/define.js';
import '@agency-portal/article-list/define.js';
import '@agency-portal/pagination/define.js';
