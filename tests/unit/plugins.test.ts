import { describe, expect, it } from 'vitest';
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

	it('numbers the same text the same way on every build', async () => {
		expect(await renderBody(SAMPLE)).toBe(await renderBody(SAMPLE));
	});

	it('does not number the author note as a body paragraph', async () => {
		const html = await renderBody(SAMPLE);
		expect(html.match(/id="p-\d+"/g)).toEqual(['id="p-1"', 'id="p-2"']);
	});

	it('rejects a directive it does not know, naming it', async () => {
		await expect(renderBody('Some :sick[word]{correct="x"} here.', 'bad.md')).rejects.toThrow(
			/Unknown directive "sick" \(textDirective\)/,
		);
	});

	it('rejects a [sic] mark that does not say what was meant', async () => {
		await expect(renderBody('A :sic[slip] here.', 'bad.md')).rejects.toThrow(/:sic\[…\] needs correct="…"/);
	});
});
