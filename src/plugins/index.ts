import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { rehypeAnchors, type RehypeAnchorsOptions } from './rehype-anchors';
import { rehypeClaims, type RehypeClaimsOptions } from './rehype-claims';
import { remarkEditorial, type RemarkEditorialOptions } from './remark-editorial';

/**
 * Stage 2 of the pipeline: the Markdown and HTML transforms every article
 * goes through, in order. astro.config.ts and the plugin tests both build
 * their processor from these lists, so the tests render what the site renders.
 */
export interface MarkdownPluginOptions {
	editorial?: RemarkEditorialOptions;
	anchors?: RehypeAnchorsOptions;
	/** Without it, claims are not marked (plugin tests of the other plugins). */
	claims?: RehypeClaimsOptions;
}

export function remarkPlugins(options: MarkdownPluginOptions = {}): RemarkPlugins {
	return [remarkDirective, [remarkEditorial, options.editorial ?? {}]];
}

export function rehypePlugins(options: MarkdownPluginOptions = {}): RehypePlugins {
	return [[rehypeAnchors, options.anchors ?? {}], ...(options.claims ? [[rehypeClaims, options.claims] as const] : [])] as RehypePlugins;
}

/** Processor settings that keep the authors' text as written. */
export const faithfulMarkdown = {
	// Smartypants would turn McDermott's straight quotes and "--" into typographic ones.
	smartypants: false,
	gfm: false,
} as const;
