// A @web/test-runner launcher for WebKit from Debian's packages: WebKitGTK's MiniBrowser driven
// through WebKitWebDriver, on a virtual X display. Xvfb and the driver are started only when a
// run needs WebKit, on a free display and a free port (other runs may share this machine), and
// stopped when the run ends.
import { spawn } from 'node:child_process';
import { connect, createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

// Debian's libwebkit2gtk-4.1-0 ships MiniBrowser under the multiarch library folder.
const triplet = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch];
const MINIBROWSER =
  process.env.MINIBROWSER_PATH ?? `/usr/lib/${triplet}/webkit2gtk-4.1/MiniBrowser`;

/** Starts Xvfb on the first free display; resolves with that display's number. */
function startXvfb() {
  // -displayfd lets Xvfb pick a free display itself and write its number to fd 3.
  const xvfb = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  xvfb.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ process: xvfb, display: `:${out.trim()}` });
    });
    xvfb.on('error', (e) =>
      reject(new Error(`Cannot start Xvfb (apt-get install xvfb): ${e.message}`)),
    );
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${stderr}`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function listening(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => resolve(true) || socket.destroy());
    socket.on('error', () => resolve(false));
  });
}

/** Starts WebKitWebDriver on a free port and waits until it answers. */
async function startDriver(display) {
  for (let attempt = 0; ; attempt += 1) {
    const port = await freePort();
    const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=local'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DISPLAY: display },
    });
    let stderr = '';
    driver.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise((resolve) => {
      driver.on('exit', () => resolve(false));
      driver.on('error', (e) => {
        stderr += `${e.message} (apt-get install webkit2gtk-driver)`;
        resolve(false);
      });
    });
    // Try to connect until the driver listens, it exits, or 15 s pass.
    const ready = (async () => {
      for (let i = 0; i < 150; i += 1) {
        if (await listening(port)) return true;
        await sleep(100);
      }
      return false;
    })();
    if (await Promise.race([ready, exited])) return { process: driver, port };
    driver.kill();
    // The port may have been taken between choosing and binding it: try another.
    if (attempt === 2) throw new Error(`WebKitWebDriver did not start: ${stderr}`);
  }
}

class WebKitLauncher extends WebdriverLauncher {
  children = [];

  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0, // chosen in initialize()
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver, not BiDi.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
    // Covers a run that ends without stop(): an error, Ctrl+C, a CI job being cancelled.
    process.on('exit', () => this.killChildren());
    for (const signal of ['SIGTERM', 'SIGHUP']) {
      process.once(signal, () => {
        this.killChildren();
        // With no other handler left, end as the signal would have.
        if (!process.listenerCount(signal)) process.kill(process.pid, signal);
      });
    }
  }

  async initialize(config, testFiles) {
    const xvfb = await startXvfb();
    this.children.push(xvfb.process);
    const driver = await startDriver(xvfb.display);
    this.children.push(driver.process);
    this.options.port = driver.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.killChildren();
  }

  killChildren() {
    for (const child of this.children.splice(0).reverse()) child.kill();
  }
}

export const webkitLauncher = () => new WebKitLauncher();
