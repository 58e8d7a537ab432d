import '@agency-portal/article-list/define.js';
