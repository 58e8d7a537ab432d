// ap-load and ap-error, as every widget that loads one list with core's loadJson fires them; ap-views-sent, as every
// widget that counts views with core's ViewCounter fires it.
export { ApListLoadEvent as ApLoadEvent, ApListErrorEvent as ApErrorEvent, ApViewsSentEvent } from '@agency-portal/core';
export type { ViewDetail } from '@agency-portal/core';
