import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readNames } from '../../src/loaders/read-names';
import { foldName } from '../../src/shared/fold-name';
import { ROOT } from '../support/capture';

describe('content/names.yaml', () => {
	it('is valid, and covers the spellings the two texts disagree on', () => {
		const groups = readNames(join(ROOT, 'content'), ROOT);
		const spellings = groups.flatMap((g) => g.variants.map(foldName));
		for (const name of ['bakiev', 'bakiyev', 'nazarbaev', 'nazarbayev', 'emomali', 'imomali', 'nikolai', 'nikolay']) {
			expect(spellings).toContain(name);
		}
	});
});
