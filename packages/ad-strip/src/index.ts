export { ApAdStrip, relFor } from './ad-strip.js';
export type { StripOrder, StripOrientation } from './ad-strip.js';
export { ApErrorEvent, ApLoadEvent, ApViewsSentEvent } from './events.js';
export type { ViewDetail } from './events.js';
export { arrange, isPartnerList, isRunning } from './partners.js';
export type { PartnerLink, PartnerList } from './partners.js';
export { adStripStrings } from './strings.js';
export type { AdStripStrings } from './strings.js';
export { ViewCounter } from './view-counter.js';
