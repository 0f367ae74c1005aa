import type { ArshjulEvent } from './occurrences.js';

export type Category = ArshjulEvent['category'];

/** Categories in the order of the wheel's rings, from the centre outwards, and of legends. */
export const CATEGORIES: readonly Category[] = ['political', 'budget', 'reporting', 'planning', 'deadline', 'people', 'other'];
