/**
 * Types for the two parts of text-fragments-polyfill this code uses (the
 * package ships JavaScript only): the generator, which finds the shortest
 * `#:~:text=` that matches a range once, and the matcher, which checks it.
 */
interface TextFragment {
	textStart: string;
	textEnd?: string;
	prefix?: string;
	suffix?: string;
}

declare module 'text-fragments-polyfill/dist/fragment-generation-utils.js' {
	export const GenerateFragmentStatus: { SUCCESS: 0; INVALID_SELECTION: 1; AMBIGUOUS: 2; TIMEOUT: 3; EXECUTION_FAILED: 4 };
	export function generateFragmentFromRange(range: Range): { status: number; fragment?: TextFragment };
	export function setTimeout(ms: number | null): void;
}

declare module 'text-fragments-polyfill/text-fragment-utils' {
	export function processTextFragmentDirective(fragment: TextFragment, doc?: Document, root?: Element): Range[];
}
