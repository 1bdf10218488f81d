import { createServer } from 'node:net';

/**
 * A port nothing listens on now. Playwright's web server needs its port before
 * it starts, so port 0 cannot be handed to it; the runner asks once and stores
 * the answer in the environment, which its workers inherit, so all agree.
 */
export async function sharedFreePort(variable: string): Promise<number> {
	const known = process.env[variable];
	if (known) return Number(known);
	const port = await new Promise<number>((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
	process.env[variable] = String(port);
	return port;
}
