export { ApVisitCounter, HEARTBEAT_MS } from './visit-counter.js';
export { VisitCounterError } from './error.js';
export { ApVisitCounterErrorEvent, ApVisitCounterTrackEvent, ApVisitCounterUpdateEvent } from './events.js';
export type { TrackDetail, VisitCounterErrorDetail, VisitCounterUpdateDetail } from './events.js';
export { isVisitSummary, VISIT_COUNTS } from './summary.js';
export type { VisitCount, VisitDefinitions, VisitSummary } from './summary.js';
export { visitCounterStrings } from './strings.js';
export type { VisitCounterStrings } from './strings.js';
