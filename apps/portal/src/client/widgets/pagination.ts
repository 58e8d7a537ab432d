import '@agency-portal/pagination/define.js';
