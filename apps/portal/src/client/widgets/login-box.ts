import '@agency-portal/login-box/define.js';
