// Written by scripts/sync-versions.mjs from package.json; do not edit by hand.
export const VERSION = '0.0.0';
