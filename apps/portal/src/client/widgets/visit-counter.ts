import '@agency-portal/visit-counter/define.js';
