import '@agency-portal/ad-strip/define.js';
