import { movedTo } from '../../shared/moved';

/**
 * On the 404 page: where the host reads no `_redirects` (GitHub Pages serves
 * 404.html for every unknown path), an address the site moved is forwarded
 * here, replacing the history entry so Back does not return to the 404.
 * Without JavaScript the page says which addresses moved and where.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const path = location.pathname.startsWith(base) ? `/${location.pathname.slice(base.length)}` : location.pathname;
// A library's 404 page says where its claims live (data-claims="grouped"): only there have claim pages moved.
const to = movedTo(path, { claimHome: document.querySelector('[data-claims="grouped"]') ? 'article-section' : 'own-page' });
// The claim's section is a fragment: `location.replace` keeps it.
if (to) location.replace(base.replace(/\/$/, '') + to);
