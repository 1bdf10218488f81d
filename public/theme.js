// Loaded blocking in <head> so a remembered theme applies before first paint.
// Without JavaScript the page follows the system's light or dark setting.
(function () {
	var KEY = 'theme';
	var root = document.documentElement;
	var order = ['auto', 'light', 'dark'];
	var names = { auto: 'System', light: 'Light', dark: 'Dark' };
	function stored() {
		try {
			var v = localStorage.getItem(KEY);
			return order.indexOf(v) >= 0 ? v : 'auto';
		} catch (e) {
			return 'auto';
		}
	}
	function apply(theme) {
		if (theme === 'auto') root.removeAttribute('data-theme');
		else root.setAttribute('data-theme', theme);
	}
	apply(stored());
	document.addEventListener('DOMContentLoaded', function () {
		var button = document.getElementById('theme-toggle');
		if (!button) return;
		var label = button.querySelector('[data-theme-label]');
		function show(theme) {
			label.textContent = names[theme];
		}
		show(stored());
		button.hidden = false;
		button.addEventListener('click', function () {
			var next = order[(order.indexOf(stored()) + 1) % order.length];
			try {
				localStorage.setItem(KEY, next);
			} catch (e) {}
			apply(next);
			show(next);
		});
	});
})();
