// POST /api/delegation-requests: 201 {"reference"} once stored and committed,
// the same reference for the same key, 422 with field errors, a lookalike 201
// for bots.
import type { FastifyInstance } from 'fastify';
import type { Context } from '../app.js';
import { lookalikeReference, storeDelegation } from '../delegations.js';
import { ruleErrors } from '../form-rules.js';
import { bodyOf, idempotencyKey, looksLikeBot, normalised, sendErrors } from '../forms.js';
import { addressErrors, controlErrors, merged, whenErrors } from '../checks.js';
import { validate } from '../validation.js';
import { rateLimited } from './limits.js';

export function registerDelegation(app: FastifyInstance, context: Context): void {
  app.post('/api/delegation-requests', { config: rateLimited(context.config) }, async (request, reply) => {
    const body = bodyOf(request);
    const key = idempotencyKey(request, body);
    const now = context.now();
    if (looksLikeBot(body)) {
      return reply.code(201).send({ reference: lookalikeReference(context.secret, key ?? String(Math.random()), now) });
    }
    const rules = context.delegationRules;
    const checks = [
      ...whenErrors(body, now, rules?.minLeadDays),
      ...(rules ? ruleErrors(body, rules) : []),
      ...controlErrors(body, ['message', 'interestText']),
      ...addressErrors(body),
    ];
    const errors = merged(validate('delegation', body), checks);
    if (errors.length > 0 || key === undefined) return sendErrors(reply, errors);
    const request_ = normalised(body, ['groupSize']);
    const office = {
      email: context.officeEmail,
      name: context.officeName,
      interests: context.delegationRules?.interestLabels,
    };
    const stored = await storeDelegation(context.db, context.config, office, key, request_, now);
    if (stored.created) context.outbox.wake();
    return reply.code(201).send({ reference: stored.reference });
  });
}
