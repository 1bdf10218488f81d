import { movedTo } from '../shared/moved';

/**
 * On the 404 page: where the host reads no `_redirects` (GitHub Pages serves
 * 404.html for every unknown path), an address the site moved is forwarded
 * here, replacing the history entry so Back does not return to the 404.
 * Without JavaScript the page says which addresses moved and where.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const path = location.pathname.startsWith(base) ? `/${location.pathname.slice(base.length)}` : location.pathname;
// A large library's 404 page says so (data-claims="grouped"): only there have claim pages moved.
const to = movedTo(path, document.querySelector('[data-claims="grouped"]') !== null);
// The claim's section is a fragment: `location.replace` keeps it.
if (to) location.replace(base.replace(/\/$/, '') + to);
