/**
 * The one rule for ids (articles, claims, topics): kebab-case. A module of its
 * own so that browser code can parse URLs with it without pulling in ids.ts's
 * slugger and patterns.
 */
export const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';
