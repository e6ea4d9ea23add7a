/** Group sizes a delegation form accepts when its configuration names none (apart from the checker, which loads lazily). */
export const defaultGroupSize = { min: 1, max: 100 };
