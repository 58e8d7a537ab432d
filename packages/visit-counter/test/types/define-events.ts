// Checked by `tsc` in the typecheck (test/types/tsconfig.json), against the built package as an app sees it: importing
// define.js alone brings the tag's type and the types of its events. Each @ts-expect-error line must fail to compile.
import '@agency-portal/visit-counter/define.js';

const counter = document.createElement('ap-visit-counter');
counter.addEventListener('ap-visit-counter-update', (event) => event.detail.summary.site satisfies string);
counter.addEventListener('ap-visit-counter-error', (event) => event.detail.error.status satisfies number);
counter.addEventListener('ap-visit-counter-track', (event) => event.detail.type satisfies 'pageview' | 'heartbeat');
document.addEventListener('ap-visit-counter-update', (event) => event.detail.summary satisfies object);

// @ts-expect-error: the counter's update event carries a summary, not a count.
counter.addEventListener('ap-visit-counter-update', (event) => event.detail.count);
// @ts-expect-error: the old shared name is no event of the counter: a plain Event, without `detail`.
counter.addEventListener('ap-update', (event) => event.detail.summary);
