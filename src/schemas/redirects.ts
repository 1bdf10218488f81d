import { z } from 'astro/zod';

const TARGET = 'the path it moved to, as text';

/**
 * `content/redirects.yaml`: an editor's renames, `"/old/path/": "/new/path/"`, one a line
 * (read by src/integrations/permalinks.ts). Empty or absent: nothing was renamed.
 */
export const RedirectsSchema = z
	.record(z.string(), z.string({ error: TARGET }).trim().min(1, { error: TARGET }), {
		error: 'a mapping of "/old/path/": "/new/path/", one a line',
	})
	.nullish();
