/**
 * The offline companion's registration (docs/offline-and-epub.md), loaded by
 * boot.entry.ts on the reader's first scroll, and run when the browser is idle, so it
 * never competes with the reading. Workbox's window library registers the
 * service worker (generated at build time, src/offline/service-worker.ts)
 * and reports its life: a quiet "Available offline" in the footer once the
 * site is saved, and a "New version" prompt when a new build is waiting,
 * which takes the new worker and reloads only when the reader asks.
 *
 * The manifest link and the light and dark theme colours are added here
 * rather than in every page's head: the reading page's byte budget has no
 * room for them, and a browser offers to install only once the worker runs.
 */
import { Workbox } from 'workbox-window';
import { addStylesheet, BASE } from './enhancements';

const THEME = { light: '#fbfaf7', dark: '#15171b' };

function head(): void {
	if (!document.querySelector('link[rel="manifest"]')) {
		const link = document.createElement('link');
		link.rel = 'manifest';
		link.href = `${BASE}manifest.webmanifest`;
		document.head.append(link);
	}
	for (const [scheme, colour] of Object.entries(THEME)) {
		const meta = document.createElement('meta');
		meta.name = 'theme-color';
		meta.media = `(prefers-color-scheme: ${scheme})`;
		meta.content = colour;
		document.head.append(meta);
	}
}

/** The footer's line about offline reading, made once. */
function footerLine(): HTMLElement {
	let line = document.getElementById('offline-status');
	if (!line) {
		line = document.createElement('p');
		line.id = 'offline-status';
		line.className = 'offline-status';
		// Polite: it says something true about the page, not something to act on.
		line.setAttribute('role', 'status');
		(document.querySelector('.site-footer .bar') ?? document.body).append(line);
	}
	return line;
}

function availableOffline(): void {
	footerLine().textContent = 'Available offline';
}

function promptReload(wb: Workbox): void {
	if (document.getElementById('offline-update')) return;
	const box = document.createElement('div');
	box.id = 'offline-update';
	box.className = 'offline-update';
	box.setAttribute('role', 'alert');
	const text = document.createElement('p');
	text.textContent = 'A new version of the companion is ready. Your notes are kept.';
	const reload = document.createElement('button');
	reload.type = 'button';
	reload.textContent = 'Reload';
	reload.addEventListener('click', () => {
		reload.disabled = true;
		// Reload once the new worker controls the page, so no old page mixes with new files.
		wb.addEventListener('controlling', () => location.reload());
		wb.messageSkipWaiting();
	});
	const later = document.createElement('button');
	later.type = 'button';
	later.textContent = 'Not now';
	later.addEventListener('click', () => box.remove());
	box.append(text, reload, later);
	// Announced (role alert), not focused: the reader may be in the middle of a sentence.
	document.body.append(box);
}

function start(): void {
	if (!('serviceWorker' in navigator)) return;
	head();
	// The footer line's and the prompt's styles, the prompt only ever shown after this.
	void addStylesheet('offline');
	const wb = new Workbox(`${BASE}sw.js`, { scope: BASE });
	wb.addEventListener('waiting', () => promptReload(wb));
	wb.addEventListener('activated', (event) => {
		if (!event.isUpdate) availableOffline();
	});
	void wb
		.register()
		.then((registration) => {
			if (!registration || !navigator.serviceWorker.controller) return;
			// A returning reader's page: the worker is running already.
			if (registration.active) availableOffline();
			// The browser checks for a new version as the page opens, and may have begun installing it before this
			// script ran, when Workbox does not see it start: its end is watched here.
			const waiting = () => registration.waiting && promptReload(wb);
			registration.installing?.addEventListener('statechange', waiting);
			waiting();
		})
		// A browser that refuses service workers (a private window, a policy) reads online as before.
		.catch(() => undefined);
}

// The dev server has no service worker (it is written after the build).
if (import.meta.env.PROD) {
	if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 5000 });
	else setTimeout(start, 1000);
}
