// What both form endpoints share: the idempotency key, the bot checks
// (honeypot and minimum fill time) and turning form-encoded text back into
// the types the widget sends as JSON.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Body } from './validation.js';

/** A form sent faster than this was not filled in by a person. */
export const minimumFillMs = 2000;
const keyPattern = /^[A-Za-z0-9._:-]{8,100}$/;

export class RequestProblem extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

export function bodyOf(request: FastifyRequest): Body {
  const body = request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new RequestProblem(400, 'The request body must be a JSON object or a form.');
  }
  return { ...(body as Body) };
}

/** The Idempotency-Key header, else the body's submissionId; the two must agree. */
export function idempotencyKey(request: FastifyRequest, body: Body): string | undefined {
  const header = request.headers['idempotency-key'];
  if (Array.isArray(header)) throw new RequestProblem(400, 'Send one Idempotency-Key header.');
  if (header !== undefined && !keyPattern.test(header)) {
    throw new RequestProblem(400, 'The Idempotency-Key header must be 8 to 100 letters, digits or . _ : -');
  }
  if (header !== undefined && body.submissionId === undefined) body.submissionId = header;
  if (header !== undefined && body.submissionId !== header) {
    throw new RequestProblem(400, 'The Idempotency-Key header and the submissionId in the body differ.');
  }
  return typeof body.submissionId === 'string' ? body.submissionId : undefined;
}

export function looksLikeBot(body: Body): boolean {
  const trap = body.website;
  if (typeof trap === 'string' ? trap.trim() !== '' : trap !== undefined) return true;
  if (body.fillMs === undefined || body.fillMs === '') return false;
  const fillMs = Number(body.fillMs);
  return Number.isFinite(fillMs) && fillMs < minimumFillMs;
}

/** Form-encoded bodies carry text: give numbers and booleans their JSON types, drop the bot fields. */
export function normalised(body: Body, numbers: string[]): Body {
  const result: Body = {};
  for (const [field, value] of Object.entries(body)) {
    if (field === 'website' || field === 'fillMs' || field === 'submissionId') continue;
    if (numbers.includes(field) && typeof value === 'string') result[field] = Number(value);
    else if (field === 'consent') result[field] = value === true || value === 'true';
    else result[field] = value;
  }
  return result;
}

export function sendErrors(reply: FastifyReply, errors: { field: string; message: string }[]): FastifyReply {
  return reply.code(422).send({ errors });
}
