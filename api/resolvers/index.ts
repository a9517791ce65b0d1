import { healthResolvers } from './health.ts';

export const resolvers = [healthResolvers];
