import '@agency-portal/banner-carousel/define.js';
