import { describe, expect, it } from 'vitest';
import { articleToCsl, attributionAdvice, claimToCsl } from '../../src/cite/csl-item';
import { toBibtex } from '../../src/cite/exports';
import { formatCitation } from '../../src/cite/format';
import { SITE, urls, abs, graph, article, itemOf, claimItemOf, STYLE_IDS } from '../support/cite-items';

describe('articleToCsl', () => {
	it('keeps Alpha’s date to the month, and names author, title and publisher as the frontmatter does', () => {
		const item = itemOf('alpha-2009');
		expect(item).toMatchObject({
			id: 'alpha-2009',
			type: 'webpage',
			title: 'Capital Pushes For Formal Ties Between UN, Bloc',
			author: [{ family: 'Alpha', given: 'Ann' }],
			'container-title': 'Alpha Press Service',
			issued: { 'date-parts': [[2009, 10]] },
			URL: 'https://alpha.example/a/formal-ties/1001.html',
			language: 'en',
			custom: {
				headline: 'Capital Pushes For Formal Ties Between UN, Bloc',
				publisherCertainty: 'confirmed',
				companionUrl: 'https://companion.example/articles/alpha-2009/',
			},
		});
		expect(item).not.toHaveProperty('publisher');
		expect(item.note).toBeUndefined();
		expect(item.custom.caveat).toBeUndefined();
		expect(item.accessed).toBeUndefined();
	});

	it('keeps Beta’s date to the year and says the publisher is unverified', () => {
		const item = itemOf('beta-2010');
		expect(item).toMatchObject({
			author: [{ family: 'Beta', given: 'Bea' }],
			title: 'The Meaning of UN-Bloc Ties',
			'container-title': 'Beta Wire',
			issued: { 'date-parts': [[2010]] },
			URL: 'https://mirror.example/meaning-of-ties',
			source: 'mirror.example',
			note: 'Publisher unverified; text as published at mirror.example.',
			custom: { publisherCertainty: 'unverified', caveat: 'Publisher unverified; text as published at mirror.example.' },
		});
	});

	it('names a host beside a confirmed publisher, and its certainty when it is not confirmed', () => {
		const { data } = article('alpha-2009');
		const host = { name: 'copy.example', url: 'https://copy.example/a', certainty: 'confirmed' as const };
		const item = articleToCsl('x', { ...data, host }, { pageUrl: abs('/x/') });
		expect(item).toMatchObject({
			'container-title': 'Alpha Press Service',
			source: 'copy.example',
			note: 'Text as published at copy.example.',
		});
		const doubted = articleToCsl('x', { ...data, host: { ...host, certainty: 'likely', note: 'why' } }, { pageUrl: abs('/x/') });
		expect(doubted.note).toBe('Text as published at copy.example (likely).');
		expect(itemOf('alpha-2009').source).toBeUndefined();
	});

	it('adds an access date only when given, at its own precision', () => {
		const a = article('alpha-2009');
		expect(articleToCsl(a.id, a.data, { pageUrl: SITE, accessed: '2025-01' }).accessed).toEqual({ 'date-parts': [[2025, 1]] });
		expect(() => articleToCsl(a.id, a.data, { pageUrl: SITE, accessed: '2025-02-30' })).toThrow(/partial ISO date/);
	});

	it('refuses a relative page URL: a citation is read away from the site', () => {
		const a = article('alpha-2009');
		expect(() => articleToCsl(a.id, a.data, { pageUrl: '/articles/alpha-2009/' })).toThrow(/absolute/);
	});
});

describe('a claim citation', () => {
	it('cites the article at the claim’s paragraph, and gives the claim’s permalink', () => {
		const { claim, permalink, item } = claimItemOf('alpha-2009');
		expect(permalink).toBe(`https://companion.example/claims/alpha-2009/${claim.id}/`);
		expect(item.id).toBe(claim.ref);
		expect(item.URL).toBe(article('alpha-2009').data.source.url);
		// Whether this claim is relayed is the editor's call: expect what the graph says.
		const by = claim.attribution;
		expect(item.custom.claim).toEqual({ ref: claim.ref, paragraph: claim.paragraph, permalink, ...(by ? { attributedTo: by } : {}) });
		const whose = by ? `, which the author attributes to ${by.name}${by.manner ? ` (${by.manner})` : ''}` : '';
		expect(item.note).toBe(`Cited for the claim in paragraph ${claim.paragraph}${whose}: ${permalink}`);

		const note = formatCitation(item, 'chicago', { form: 'citation' });
		expect(note).toBe(
			`Ann Alpha, “Capital Pushes For Formal Ties Between UN, Bloc,” Alpha Press Service, October 2009, para. ${claim.paragraph}, https://alpha.example/a/formal-ties/1001.html.`,
		);
		for (const style of STYLE_IDS) {
			for (const form of ['bibliography', 'citation'] as const) {
				const out = formatCitation(item, style, { form, format: 'html' });
				// The permalink is given beside the citation (CiteBlock), never inside it.
				expect(out).not.toContain(permalink);
				expect(out).not.toContain('[');
			}
		}
		expect(formatCitation(item, 'apa', { form: 'citation' })).toBe(`(Alpha, 2009, para. ${claim.paragraph})`);
		expect(formatCitation(item, 'mla', { form: 'citation' })).toBe(`(Alpha, par. ${claim.paragraph})`);
	});

	it('keeps the publisher caveat for a claim of Beta in its note and custom data, not in its citation', () => {
		const { permalink, item } = claimItemOf('beta-2010');
		expect(item.custom.caveat).toBe('Publisher unverified; text as published at mirror.example.');
		expect(formatCitation(item, 'chicago', { form: 'citation' })).not.toContain('unverified');
		expect(item.note).toMatch(/^Publisher unverified; text as published at mirror\.example\. Cited for the claim in paragraph \d+/);
		expect(item.note?.endsWith(`: ${permalink}`)).toBe(true);
	});

	it('says whose claim a relayed one is, in the note and in advice beside the citations, not in the formatted citation', () => {
		const claim = graph.claims.find((c) => c.attribution !== undefined);
		if (claim === undefined) throw new Error('the fixture content has a relayed claim: this test needs one');
		const a = article(claim.article);
		const permalink = abs(urls.claimPage(claim.ref));
		const item = claimToCsl(a.id, a.data, claim, { pageUrl: abs(urls.article(a.id)), claimUrl: permalink });
		const name = claim.attribution?.name ?? '';
		expect(item.custom.claim?.attributedTo).toEqual(claim.attribution);
		expect(item.note).toContain(`which the author attributes to ${name}`);
		const family = item.author[0]?.family ?? '';
		expect(item.custom.attribution).toContain(`cite it as ${name}, quoted in ${family}.`);
		// citeproc prints neither note nor custom: the formatted citation is the article's, as for any claim.
		expect(formatCitation(item, 'chicago')).not.toContain('attributes to');
		expect(toBibtex([item])).toContain(`attributes to ${name}`);
	});

	it('gives the manner of a relayed source in the advice and note', () => {
		const a = article('alpha-2009');
		const item = claimToCsl(
			a.id,
			a.data,
			{ id: 'x', paragraph: 2, attribution: { name: 'NATO', manner: 'privately' } },
			{ pageUrl: abs(urls.article(a.id)), claimUrl: abs('/claims/alpha-2009/x/') },
		);
		expect(item.custom.attribution).toBe(
			'Alpha reports this of NATO (privately): name NATO in your text and cite it as NATO, quoted in Alpha.',
		);
		expect(item.note).toContain('which the author attributes to NATO (privately): ');
		expect(attributionAdvice('Beta', { name: 'Officials' })).toBe(
			'Beta reports this of Officials: name Officials in your text and cite it as Officials, quoted in Beta.',
		);
	});
});
