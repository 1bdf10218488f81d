import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { icons, pageColours } from '../../src/offline/web-manifest';

describe('the manifest’s sources, when they are not what it reads', () => {
	const root = mkdtempSync(join(tmpdir(), 'manifest-errors-'));
	mkdirSync(join(root, 'src/styles'), { recursive: true });
	mkdirSync(join(root, 'public'));
	writeFileSync(join(root, 'src/styles/global.css'), ':root { --bg: #fff; }\n');
	writeFileSync(join(root, 'public/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle r="9"/></svg>');
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('names the style sheet and the light/dark background it expects', () => {
		expect(() => pageColours(root)).toThrow(
			'src/styles/global.css: expected "--bg: light-dark(#light, #dark)" for the app manifest’s colours, found none',
		);
	});

	it('names the mark and the ground it expects', () => {
		expect(() => icons(root)).toThrow('public/favicon.svg: expected a <rect fill="#…"> as the mark’s ground, found none');
	});
});
