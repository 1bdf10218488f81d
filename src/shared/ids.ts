import GithubSlugger from 'github-slugger';
import { KEBAB } from './kebab';

/**
 * Ids are plain strings at run time; the brands stop an article id being
 * passed where a claim id is meant, which the type checker would otherwise allow.
 */
export type ArticleId = string & { readonly __brand: 'ArticleId' };
/** A claim's id inside its article, e.g. `un-agreement-planned`. */
export type ClaimId = string & { readonly __brand: 'ClaimId' };
/** A claim anywhere: `<article-id>/<claim-id>`. */
export type ClaimRef = string & { readonly __brand: 'ClaimRef' };

export const ARTICLE_ID_PATTERN = new RegExp(`^${KEBAB}$`);
export const CLAIM_ID_PATTERN = new RegExp(`^${KEBAB}$`);
export const CLAIM_REF_PATTERN = new RegExp(`^${KEBAB}/${KEBAB}$`);

export const isArticleId = (s: string): s is ArticleId => ARTICLE_ID_PATTERN.test(s);
export const isClaimId = (s: string): s is ClaimId => CLAIM_ID_PATTERN.test(s);
export const isClaimRef = (s: string): s is ClaimRef => CLAIM_REF_PATTERN.test(s);

export function claimRef(article: ArticleId, claim: ClaimId): ClaimRef {
	return `${article}/${claim}` as ClaimRef;
}

export function splitClaimRef(ref: ClaimRef): { article: ArticleId; claim: ClaimId } {
	const [article, claim] = ref.split('/') as [ArticleId, ClaimId];
	return { article, claim };
}

/**
 * An article's id: its file name, lower-cased and slugged. Derived here only:
 * the loader names entries with it and the claim plugin finds the article of
 * the file it renders with it. (github-slugger is pure and browser-safe.)
 */
export function articleIdFromFile(fileName: string): ArticleId {
	return new GithubSlugger().slug(fileName.replace(/\.md$/, '')) as ArticleId;
}
