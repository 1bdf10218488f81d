import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { Cite } from '../../src/cite/citation-js';
import { itemOf, claimItemOf } from '../support/cite-items';
it('scratch', () => {
  const out: string[] = [];
  const b = new Cite([structuredClone(itemOf('alpha-2009')), structuredClone(claimItemOf('gamma-2010').item)]).format('biblatex', { format: 'object' });
  out.push(JSON.stringify(b, null, 1));
  writeFileSync('/tmp/scr/out.txt', out.join('\n'));
});
