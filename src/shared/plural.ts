/** "1 place", "3 places": a count with its noun, for the site's own sentences (browser-safe). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
