import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { ROOT, readArticle } from '../support/capture';
import { renderBody } from '../support/render';

const SAMPLE = `First paragraph, with :sic[pubic]{correct="public"} in it.

## A Section

Second paragraph, :sic[the\u00a0 war]{note="a double space in the original"}.

:::author-note
Jane Doe is an analyst.
:::
`;

describe('markdown plugins, through the site processor', () => {
	it('numbers paragraphs, anchors headings and marks slips', async () => {
		await expect(await renderBody(SAMPLE)).toMatchFileSnapshot('./snapshots/editorial-and-anchors.html');
	});

	it('does not number the author note as a body paragraph', async () => {
		const html = await renderBody(SAMPLE);
		const ids = selectAll('[id^="p-"]', fromHtml(html, { fragment: true })).map((el) => el.properties['id']);
		expect(ids).toEqual(['p-1', 'p-2']);
	});

	it('rejects a directive it does not know, naming it', async () => {
		await expect(renderBody('Some :sick[word]{correct="x"} here.', 'bad.md')).rejects.toThrow(/Unknown directive "sick" \(textDirective\)/);
	});

	it('rejects a [sic] mark that does not say what was meant', async () => {
		await expect(renderBody('A :sic[slip] here.', 'bad.md')).rejects.toThrow(/:sic\[…\] needs correct="…"/);
	});
});

describe('rehype-claims, through the site processor', () => {
	const fixture = 'tests/fixtures/claims/valid';

	it('marks each quote and sets its note beside the paragraph', async () => {
		const { body } = readArticle('alpha-2009', join(ROOT, fixture));
		const html = await renderBody(body, 'alpha-2009.md', { contentDir: fixture });
		await expect(html).toMatchFileSnapshot('./snapshots/claims.html');
	});

	it('links a relation both ways, across articles', async () => {
		const alpha = await renderBody(readArticle('alpha-2009', join(ROOT, fixture)).body, 'alpha-2009.md', { contentDir: fixture });
		const beta = await renderBody(readArticle('beta-2010', join(ROOT, fixture)).body, 'beta-2010.md', { contentDir: fixture });
		expect(beta).toContain('href="/articles/alpha-2009/#claim-agreement-planned"');
		expect(alpha).toContain('href="/articles/beta-2010/#claim-declaration-announced"');
		expect(alpha).toContain('<span>outcome in · <a href="/articles/beta-2010/#claim-declaration-announced">Beta ¶');
	});

	it("names who speaks in a relayed claim's note, and leaves a step of the same text to the claim page", async () => {
		const alpha = await renderBody(readArticle('alpha-2009', join(ROOT, fixture)).body, 'alpha-2009.md', { contentDir: fixture });
		const tree = fromHtml(alpha, { fragment: true });
		const labels = selectAll('label:has(> input[type="checkbox"]) > span:has(> b)', tree).map((l) => toString(l));
		expect(labels.some((l) => /^[A-Z][a-z]+ [A-Z][a-z]+, reporting Moscow$/.test(l))).toBe(true);
		expect(alpha).not.toContain('this text');
		expect(selectAll('a[href^="/articles/alpha-2009/#claim-"]', tree)).toEqual([]);
	});

	it("sets the notes after the paragraph's words, never inside a claim's, and tells claims related across apart", async () => {
		const alpha = await renderBody(readArticle('alpha-2009', join(ROOT, fixture)).body, 'alpha-2009.md', { contentDir: fixture });
		const tree = fromHtml(alpha, { fragment: true });
		const mark = select('mark#claim-agreement-planned', tree);
		expect(mark?.properties['className']).toEqual(['claim', 'across']);
		expect(selectAll('mark .claim-note', tree)).toEqual([]);
		const margin = select('p:has(mark#claim-agreement-planned) > span.claim-notes:last-child', tree);
		expect(margin && selectAll(':scope > span.claim-note', margin).length).toBeGreaterThan(0);
	});

	it("folds a paragraph's notes into one disclosure after it, counting them", async () => {
		const alpha = await renderBody(readArticle('alpha-2009', join(ROOT, fixture)).body, 'alpha-2009.md', { contentDir: fixture });
		const tree = fromHtml(alpha, { fragment: true });
		const folds = selectAll('p + details.claim-fold', tree);
		expect(folds.length).toBeGreaterThan(0);
		for (const fold of folds) {
			const count = selectAll(':scope > ol > li', fold).length;
			expect(toString(select(':scope > summary', fold)!)).toBe(`${count} related claim${count === 1 ? '' : 's'}`);
		}
		expect(folds.reduce((n, f) => n + selectAll(':scope > ol > li', f).length, 0)).toBe(selectAll('mark.across', tree).length);
	});
});
