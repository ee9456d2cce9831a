// scripts/serve.js on a taken port: one line naming the port and how to choose another, no stack.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const serve = fileURLToPath(new URL('../../scripts/serve.js', import.meta.url));

test('npm start on a taken port says which port and how to pick another', async () => {
  const blocker = createServer();
  await new Promise((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address();
  try {
    const result = await new Promise((resolve) => {
      execFile(process.execPath, [serve], { env: { ...process.env, PORT: String(port) } }, (error, stdout, stderr) => resolve({ code: error?.code, stderr }));
    });
    assert.equal(result.code, 1);
    assert.match(result.stderr, new RegExp(`Port ${port} is already in use`));
    assert.match(result.stderr, /PORT=8080 npm start/);
    assert.doesNotMatch(result.stderr, /EADDRINUSE|at Server/);
  } finally {
    blocker.close();
  }
});
