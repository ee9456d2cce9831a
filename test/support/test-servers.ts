// URLs of the misbehaving test servers (/__si-test/ routes in web-test-runner.config.js).

/** Answers `body` (JSON, or text as given) after `delay` ms with `status`. */
export function echoUrl(body: unknown, { delay = 0, status = 200 } = {}): string {
  const bytes = new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const base64url = btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
  return new URL(`/__si-test/echo?delay=${delay}&status=${status}&body=${base64url}`, location.href).href;
}

/** Never answers. */
export const HANG = new URL('/__si-test/hang', location.href).href;

/** Sends headers and the start of a JSON body, then nothing more. */
export const STALL = new URL('/__si-test/stall', location.href).href;

/** Sends the start of a body, then drops the connection (a server or proxy that gives up). */
export const RESET = new URL('/__si-test/reset', location.href).href;
