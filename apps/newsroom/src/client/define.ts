import { define } from '@agency-portal/core';
import { NrArticleList } from './nr-article-list.js';
import { NrAuditLog } from './nr-audit-log.js';
import { NrPasswordChange } from './nr-password-change.js';
import { NrTraffic } from './nr-traffic.js';
import { NrUserList } from './nr-user-list.js';

define('nr-article-list', NrArticleList);
define('nr-user-list', NrUserList);
define('nr-password-change', NrPasswordChange);
define('nr-audit-log', NrAuditLog);
define('nr-traffic', NrTraffic);

declare global {
  interface HTMLElementTagNameMap {
    'nr-article-list': NrArticleList;
    'nr-user-list': NrUserList;
    'nr-password-change': NrPasswordChange;
    'nr-audit-log': NrAuditLog;
    'nr-traffic': NrTraffic;
  }
}
