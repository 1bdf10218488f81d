/** The text with its first letter in upper case: a lower-case label ("agrees with") opening a line or a sentence. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
