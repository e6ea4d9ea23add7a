import type { FastifyInstance } from 'fastify';
import type { Context } from '../app.js';

export function registerNewsletter(_app: FastifyInstance, _context: Context): void {}
