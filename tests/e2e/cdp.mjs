// A small driver for headless Chromium over the DevTools protocol (CDP), with `ws`.
// Why not playwright-core: its releases that still drive today's Chromium refuse
// the Node.js of Debian 12 (18), and a release old enough for Node 18 does not
// know the Chromium that Debian ships now. The stable CDP domains used here
// (Page, Runtime, Input, Network, Log) have not changed in years, so this runs on
// Node 18 and later with any recent Chromium. Its API mirrors the few Playwright
// calls the tests make: goto, reload, locator().waitFor/count/textContent, fill,
// type, keyboard.press, selectOption, click, getAttribute, isVisible, screenshot.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import WebSocket from "ws";

const DEFAULT_TIMEOUT = 15000;

function sleep(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }

class Connection {
  constructor(url) {
    this.url = url;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Map();
  }

  open() {
    this.socket = new WebSocket(this.url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
    this.socket.on("message", (data) => {
      const message = JSON.parse(String(data));
      if (message.id !== undefined) {
        const waiter = this.pending.get(message.id);
        if (!waiter) return;
        this.pending.delete(message.id);
        if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
        else waiter.resolve(message.result);
      } else {
        for (const listener of this.listeners.get(message.method) || []) listener(message.params);
      }
    });
    this.socket.on("close", () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`${waiter.method}: connection closed`));
      this.pending.clear();
    });
    return new Promise((resolve, reject) => {
      this.socket.once("open", resolve);
      this.socket.once("error", reject);
    });
  }

  send(method, params = {}) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  on(method, listener) {
    if (!this.listeners.has(method)) this.listeners.set(method, []);
    this.listeners.get(method).push(listener);
  }

  off(method, listener) {
    this.listeners.set(method, (this.listeners.get(method) || []).filter((l) => l !== listener));
  }

  close() { this.socket.close(); }
}

// Runs in the page: the elements that match a selector and, optionally, contain a
// text (case-insensitive, whitespace collapsed, as Playwright's hasText).
const FIND = `(selector, hasText) => {
  const norm = (s) => s.replace(/\\s+/g, " ").trim().toLowerCase();
  let all = Array.from(document.querySelectorAll(selector));
  if (hasText) all = all.filter((e) => norm(e.textContent || "").includes(norm(hasText)));
  return all;
}`;
const VISIBLE = `(e) => {
  if (!e || !e.isConnected) return false;
  const style = getComputedStyle(e);
  if (style.visibility === "hidden") return false;
  const rect = e.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}`;

class Locator {
  constructor(page, selector, options = {}) {
    this.page = page;
    this.selector = selector;
    this.hasText = options.hasText || "";
  }

  // Evaluate fn(firstVisibleOrFirst, all) in the page.
  evaluate(body) {
    return this.page.evaluate(`(() => {
      const all = (${FIND})(${JSON.stringify(this.selector)}, ${JSON.stringify(this.hasText)});
      const visible = ${VISIBLE};
      return (${body})(all.find(visible) || all[0] || null, all, visible);
    })()`);
  }

  async waitFor(options = {}) {
    const timeout = options.timeout ?? this.page.defaultTimeout;
    const deadline = Date.now() + timeout;
    for (;;) {
      if (await this.evaluate("(element, all, visible) => visible(element)")) return;
      if (Date.now() > deadline) {
        throw new Error(`timeout ${timeout} ms waiting for ${this.selector}`
          + (this.hasText ? ` with text "${this.hasText}"` : ""));
      }
      await sleep(50);
    }
  }

  count() { return this.evaluate("(element, all) => all.length"); }

  async textContent() {
    await this.waitFor();
    return this.evaluate("(element) => element.textContent");
  }
}

class Page {
  constructor(browser, connection) {
    this.browser = browser;
    this.cdp = connection;
    this.defaultTimeout = DEFAULT_TIMEOUT;
    this.listeners = { console: [] };
    this.keyboard = { press: (key) => this.press(key) };
    this.documents = new Map();
  }

  async init(locale) {
    const { cdp } = this;
    cdp.on("Runtime.consoleAPICalled", (e) => {
      if (e.type !== "error") return;
      const text = e.args.map((a) => a.value ?? a.description ?? "").join(" ");
      this.emitConsole("error", text);
    });
    cdp.on("Runtime.exceptionThrown", (e) => {
      const d = e.exceptionDetails;
      this.emitConsole("error", (d.exception && d.exception.description) || d.text);
    });
    // CSP violations and failed loads come through the Log domain.
    cdp.on("Log.entryAdded", (e) => { if (e.entry.level === "error") this.emitConsole("error", e.entry.text); });
    cdp.on("Network.responseReceived", (e) => {
      if (e.type === "Document") this.documents.set(e.requestId, e.response);
    });
    await cdp.send("Page.enable");
    await cdp.send("Runtime.enable");
    await cdp.send("Log.enable");
    await cdp.send("Network.enable");
    if (locale) {
      const userAgent = await this.evaluate("navigator.userAgent");
      await cdp.send("Network.setUserAgentOverride", { userAgent, acceptLanguage: locale });
      await cdp.send("Emulation.setLocaleOverride", { locale: locale.replace("-", "_") }).catch(() => {});
    }
  }

  emitConsole(type, text) {
    for (const listener of this.listeners.console) listener({ type: () => type, text: () => text });
  }

  on(event, listener) { (this.listeners[event] ||= []).push(listener); }

  setDefaultTimeout(ms) { this.defaultTimeout = ms; }

  async evaluate(expression) {
    const result = await this.cdp.send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true });
    if (result.exceptionDetails) {
      throw new Error("evaluate: " + (result.exceptionDetails.exception?.description || result.exceptionDetails.text));
    }
    return result.result.value;
  }

  // Navigate (or reload) and wait for the load event; the main document's response.
  async load(start) {
    const loaded = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("timeout waiting for the page to load")), this.defaultTimeout);
      const listener = () => { clearTimeout(timer); this.cdp.off("Page.loadEventFired", listener); resolve(); };
      this.cdp.on("Page.loadEventFired", listener);
    });
    this.documents.clear();
    const started = await start();
    if (started && started.errorText) throw new Error(`navigation failed: ${started.errorText}`);
    await loaded;
    const response = (started && started.loaderId && this.documents.get(started.loaderId))
      || [...this.documents.values()].pop();
    const headers = {};
    for (const [name, value] of Object.entries(response ? response.headers : {})) headers[name.toLowerCase()] = value;
    return { status: () => response?.status, headers: () => headers };
  }

  goto(url) { return this.load(() => this.cdp.send("Page.navigate", { url })); }

  reload() { return this.load(() => this.cdp.send("Page.reload", {})); }

  locator(selector, options) { return new Locator(this, selector, options); }

  async getAttribute(selector, name) {
    await this.locator(selector).waitFor();
    return this.locator(selector).evaluate(`(element) => element.getAttribute(${JSON.stringify(name)})`);
  }

  isVisible(selector) { return this.locator(selector).evaluate("(element, all, visible) => visible(element)"); }

  async textContent(selector) { return this.locator(selector).textContent(); }

  async focus(selector) {
    await this.locator(selector).waitFor();
    await this.locator(selector).evaluate("(element) => element.focus()");
  }

  // Replace a field's value as a paste would: one input event.
  async fill(selector, value) {
    await this.locator(selector).waitFor();
    await this.locator(selector).evaluate(`(element) => {
      element.focus();
      const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, "value").set.call(element, ${JSON.stringify(value)});
      element.dispatchEvent(new Event("input", { bubbles: true }));
      element.dispatchEvent(new Event("change", { bubbles: true }));
    }`);
  }

  // Key by key, as a person types.
  async type(selector, text) {
    await this.focus(selector);
    for (const character of text) {
      await this.cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key: character, text: character, unmodifiedText: character });
      await this.cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: character });
    }
  }

  async press(key) {
    const keys = { Enter: { code: "Enter", windowsVirtualKeyCode: 13, text: "\r" }, Tab: { code: "Tab", windowsVirtualKeyCode: 9 } };
    const k = keys[key];
    if (!k) throw new Error(`press: unknown key ${key}`);
    await this.cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key, ...k, unmodifiedText: k.text });
    await this.cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key, code: k.code, windowsVirtualKeyCode: k.windowsVirtualKeyCode });
  }

  async selectOption(selector, value) {
    await this.locator(selector).waitFor();
    await this.locator(selector).evaluate(`(element) => {
      element.value = ${JSON.stringify(value)};
      if (element.value !== ${JSON.stringify(value)}) throw new Error("no option " + ${JSON.stringify(value)});
      element.dispatchEvent(new Event("input", { bubbles: true }));
      element.dispatchEvent(new Event("change", { bubbles: true }));
    }`);
  }

  // A real mouse click in the middle of the element.
  async click(selector) {
    await this.locator(selector).waitFor();
    const box = await this.locator(selector).evaluate(`(element) => {
      element.scrollIntoView({ block: "center", inline: "center" });
      const r = element.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }`);
    for (const type of ["mouseMoved", "mousePressed", "mouseReleased"]) {
      await this.cdp.send("Input.dispatchMouseEvent", { type, x: box.x, y: box.y, button: "left", clickCount: 1 });
    }
  }

  async screenshot({ path }) {
    const { data } = await this.cdp.send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true });
    writeFileSync(path, Buffer.from(data, "base64"));
  }
}

//! Processes whose command line names \a text (Chromium's helpers name its profile).
function processesNaming(text) {
  const found = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, "latin1").includes(text)) found.push(Number(entry));
    } catch { /* gone meanwhile */ }
  }
  return found;
}

class Browser {
  constructor(child, browserUrl, userDataDir) {
    this.child = child;
    this.browserUrl = browserUrl;
    this.userDataDir = userDataDir;
  }

  async newPage(locale) {
    const { port } = new URL(this.browserUrl);
    // The page Chromium opened at start (about:blank).
    const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    const target = targets.find((t) => t.type === "page");
    if (!target) throw new Error("chromium opened no page");
    const connection = new Connection(target.webSocketDebuggerUrl);
    await connection.open();
    const page = new Page(this, connection);
    await page.init(locale);
    this.page = page;
    return page;
  }

  async close() {
    if (this.page) this.page.cdp.close();
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once("exit", resolve));
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
    // The browser's exit does not end its helpers (crash handler, utility processes): they
    // outlived it, kept writing the profile, and its removal failed with ENOTEMPTY. They
    // would be orphans too: killed here, and waited for.
    for (let round = 0; round < 50; ++round) {
      const left = processesNaming(`=${this.userDataDir}`);
      if (left.length === 0) return;
      for (const pid of left) {
        try { process.kill(pid, "SIGKILL"); } catch { /* gone meanwhile */ }
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

//! Start Chromium (headless) with its own profile; resolve once its DevTools
//! endpoint answers.
export function launch({ executablePath, userDataDir, locale, args = [] }) {
  return new Promise((resolve, reject) => {
    const child = spawn(executablePath, [
      "--headless", "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1",
      `--user-data-dir=${userDataDir}`, ...(locale ? [`--lang=${locale}`, `--accept-lang=${locale}`] : []),
      ...args, "about:blank",
    // Chromium keeps its singleton socket in a directory of its own under TMPDIR, left
    // behind when it is killed: put it beside the profile, removed with it.
    ], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, TMPDIR: dirname(userDataDir) } });
    let output = "";
    const timer = setTimeout(() => { child.kill("SIGKILL"); reject(new Error("chromium did not start:\n" + output)); }, 30000);
    child.stderr.on("data", (chunk) => {
      output += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stderr.removeAllListeners("data");
        child.stderr.resume();
        resolve(new Browser(child, match[1], userDataDir));
      }
    });
    child.on("error", (error) => { clearTimeout(timer); reject(error); });
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`chromium exited (${code}):\n${output}`)); });
  });
}
