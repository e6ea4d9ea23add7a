// The delegation form's own rules from DELEGATION_CONFIG (the JSON the widget
// reads): its points of interest, group size and lead time, enforced here as
// the widget enforces them, so a post that skips the widget meets them too.
import type { LocalizedName } from './mail/delegation-texts.js';
import type { Body, FieldError } from './validation.js';

export interface DelegationRules {
  /** Interest ids; empty when the form lists none (then free text is the interest). */
  interests: string[];
  /** Each interest's label, as the form gives it (text, or texts by language): the office reads these, not ids. */
  interestLabels: Map<string, LocalizedName>;
  groupSize: { min: number; max: number };
  minLeadDays: number;
}

function whole(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** The rules in a delegation config, with the widget's defaults (1 to 100 people, no lead time). */
export function delegationRules(form: Record<string, unknown>): DelegationRules {
  const interests = Array.isArray(form.interests) ? (form.interests as { id?: unknown; label?: unknown }[]) : [];
  const labelled = interests.filter(
    (entry) => typeof entry?.id === 'string' && (typeof entry.label === 'string' || typeof entry.label === 'object'),
  );
  const size = (typeof form.groupSize === 'object' && form.groupSize ? form.groupSize : {}) as Record<string, unknown>;
  const min = whole(size.min, 1);
  return {
    interests: interests.map((entry) => entry?.id).filter((id): id is string => typeof id === 'string'),
    interestLabels: new Map(labelled.map((entry) => [entry.id as string, entry.label as LocalizedName])),
    groupSize: { min, max: Math.max(min, whole(size.max, 100)) },
    minLeadDays: whole(form.minLeadDays, 0),
  };
}

/** Errors for a body the schema accepted in shape; the date's lead time is checked by whenErrors. */
export function ruleErrors(body: Body, rules: DelegationRules): FieldError[] {
  const errors: FieldError[] = [];
  const { interest, interestText, groupSize } = body;
  if (rules.interests.length > 0) {
    if (interest === undefined) errors.push({ field: 'interest', message: 'This field is required.' });
    else if (typeof interest !== 'string' || !rules.interests.includes(interest)) {
      errors.push({ field: 'interest', message: `This is not one of the form's points of interest.` });
    } else if (interest === 'other' && (typeof interestText !== 'string' || !interestText.trim())) {
      errors.push({ field: 'interestText', message: 'This field is required.' });
    }
  }
  const size = Number(groupSize);
  const { min, max } = rules.groupSize;
  if (groupSize !== undefined && (!Number.isInteger(size) || size < min || size > max)) {
    errors.push({ field: 'groupSize', message: `This must be a whole number from ${min} to ${max}.` });
  }
  return errors;
}
