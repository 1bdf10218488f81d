import GithubSlugger from 'github-slugger';
import { KEBAB } from './kebab';

/**
 * Ids are plain strings at run time; the brands stop an article id being
 * passed where a claim id is meant, which the type checker would otherwise
 * allow. A string becomes an id only through a guard below, never a cast.
 */
export type ArticleId = string & { readonly __brand: 'ArticleId' };
/** A claim's id inside its article, e.g. `un-agreement-planned`. */
export type ClaimId = string & { readonly __brand: 'ClaimId' };
/** A claim anywhere: `<article-id>/<claim-id>`. */
export type ClaimRef = string & { readonly __brand: 'ClaimRef' };

const ARTICLE_ID_PATTERN = new RegExp(`^${KEBAB}$`);
export const CLAIM_ID_PATTERN = new RegExp(`^${KEBAB}$`);
export const CLAIM_REF_PATTERN = new RegExp(`^${KEBAB}/${KEBAB}$`);

export const isArticleId = (s: string): s is ArticleId => ARTICLE_ID_PATTERN.test(s);
export const isClaimId = (s: string): s is ClaimId => CLAIM_ID_PATTERN.test(s);
const isClaimRef = (s: string): s is ClaimRef => CLAIM_REF_PATTERN.test(s);

/** A guard turned into a conversion that refuses, naming the value, what it is not. */
function checked<T extends string>(guard: (s: string) => s is T, what: string): (s: string) => T {
	return (s) => {
		if (guard(s)) return s;
		throw new TypeError(`"${s}" is not ${what} (lower-case letters, digits and single hyphens)`);
	};
}

export const toArticleId = checked(isArticleId, 'an article id');
export const toClaimId = checked(isClaimId, 'a claim id');
export const toClaimRef = checked(isClaimRef, 'a claim reference (<article-id>/<claim-id>)');

export function claimRef(article: ArticleId, claim: ClaimId): ClaimRef {
	return toClaimRef(`${article}/${claim}`);
}

export function splitClaimRef(ref: ClaimRef): { article: ArticleId; claim: ClaimId } {
	const [article = '', claim = ''] = ref.split('/');
	return { article: toArticleId(article), claim: toClaimId(claim) };
}

/**
 * An article's id: its file name, lower-cased and slugged; a name that slugs
 * to something else than an id (an underscore, a letter outside a–z) gives
 * undefined, for the reader of the content to refuse. Derived here only: the
 * loader names entries with it and the claim plugin finds the article of the
 * file it renders with it. (github-slugger is pure and browser-safe.)
 */
export function articleIdFromFile(fileName: string): ArticleId | undefined {
	const slug = new GithubSlugger().slug(fileName.replace(/\.md$/, ''));
	return isArticleId(slug) ? slug : undefined;
}
