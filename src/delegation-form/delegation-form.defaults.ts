/*
 * Group sizes a delegation form accepts when its configuration names none,
 * for the form and for its checker (which loads lazily). Plain numbers, so the
 * bundler copies them into both instead of sharing a chunk for them.
 */
export const minGroupSize = 1;
export const maxGroupSize = 100;
