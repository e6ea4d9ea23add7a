import type { FastifyInstance } from 'fastify';
import type { Context } from '../app.js';

export function registerSubscriberPages(_admin: FastifyInstance, _context: Context): void {}
