// End to end: the citizen pages in headless Chromium (Debian's chromium, driven
// over the DevTools protocol by cdp.mjs) against the real guichet-server, with an agent speaking
// the agent protocol's JSON over a WebSocket (docs/protocol.md).
//   GUICHET_SERVER_BINARY=build/bin/guichet-server node --test tests/e2e/web.test.mjs
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";

let launch, WebSocket;
try {
  ({ launch } = await import("./cdp.mjs"));
  ({ default: WebSocket } = await import("ws"));
} catch (e) {
  console.error("tests/e2e: run `npm ci` in tests/e2e first (scripts/test does it)");
  throw e;
}

const BINARY = process.env.GUICHET_SERVER_BINARY;
// Debian's chromium; Ubuntu's chromium-browser (a snap, also at /snap/bin/chromium).
const CHROMIUM = process.env.GUICHET_CHROMIUM
  || ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"].find((p) => existsSync(p))
  || "/usr/bin/chromium";
const PASSWORD = "correct horse battery staple";
const TIMEOUT = 15000;

function sleep(ms) { return new Promise((resolve) => setTimeout(resolve, ms)); }

// ---- guichet-server ------------------------------------------------------------------

function admin(data, args, input) {
  const run = spawnSync(BINARY, ["admin", "--data", data, ...args], { input, encoding: "utf8" });
  assert.equal(run.status, 0, `admin ${args.join(" ")}: ${run.stderr}`);
}

function startServer(data, port = 0) {
  return new Promise((resolve, reject) => {
    const child = spawn(BINARY, ["--listen", `127.0.0.1:${port}`, "--data", data], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const timer = setTimeout(() => reject(new Error("guichet-server did not start:\n" + output)), 30000);
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]), output: () => output });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", (chunk) => { output += chunk; });
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`guichet-server exited (${code}):\n${output}`)); });
  });
}

function stopServer(server) {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.removeAllListeners("exit");
    server.child.on("exit", () => resolve());
    server.child.kill("SIGTERM");
  });
}

// ---- An agent over the agent protocol -------------------------------------------------------

class Agent {
  constructor() { this.frames = []; this.waiters = []; }

  async connect(port, login) {
    this.socket = new WebSocket(`ws://127.0.0.1:${port}/agent`);
    this.socket.on("message", (data) => {
      const frame = JSON.parse(String(data));
      this.frames.push(frame);
      for (const waiter of [...this.waiters]) waiter();
    });
    await new Promise((resolve, reject) => { this.socket.once("open", resolve); this.socket.once("error", reject); });
    this.send({ type: "hello", protocol: 1, software: "e2e" });
    await this.next((f) => f.type === "hello");
    this.send({ type: "login", login, password: PASSWORD });
    const welcome = await this.next((f) => f.type === "welcome" || f.type === "error");
    assert.equal(welcome.type, "welcome", JSON.stringify(welcome));
    this.send({ type: "sync", after: 0, limit: 5000 });
    await this.next((f) => f.type === "synced" && !f.more);
  }

  send(frame) { this.socket.send(JSON.stringify(frame)); }

  // The first buffered frame matching @p accept (removed), waiting for it if needed.
  next(accept, timeout = TIMEOUT) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const index = this.frames.findIndex(accept);
        if (index < 0) return false;
        const [frame] = this.frames.splice(index, 1);
        this.waiters = this.waiters.filter((w) => w !== check);
        clearTimeout(timer);
        resolve(frame);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== check);
        reject(new Error("agent: no matching frame; buffered: " + JSON.stringify(this.frames.slice(-5))));
      }, timeout);
      if (!check()) this.waiters.push(check);
    });
  }

  event(kind, conversation, extra = () => true) {
    return this.next((f) => f.type === "event" && f.kind === kind
      && (!conversation || f.conversation === conversation) && extra(f));
  }

  async command(op, conversation, args = {}) {
    const id = randomUUID();
    this.send({ type: "command", id, op, conversation, args });
    const ack = await this.next((f) => f.type === "ack" && f.id === id);
    assert.ok(ack.ok, `${op}: ${JSON.stringify(ack)}`);
    return ack;
  }

  async claim(conversation) {
    const id = randomUUID();
    this.send({ type: "claim", id, conversation });
    const ack = await this.next((f) => f.type === "ack" && f.id === id);
    assert.ok(ack.ok, `claim: ${JSON.stringify(ack)}`);
  }

  close() { this.socket.close(); }
}

// ---- The test --------------------------------------------------------------------------------

test("citizen pages end to end", { timeout: 240000 }, async (t) => {
  assert.ok(BINARY && existsSync(BINARY), "set GUICHET_SERVER_BINARY to guichet-server");
  const root = mkdtempSync(join(tmpdir(), "guichet-e2e-"));
  const data = join(root, "data");
  admin(data, ["agent", "add", "alice", "--name", "Alice", "--role", "gendarme", "--languages", "fr,en"], PASSWORD + "\n");
  let server = await startServer(data);
  const port = server.port;
  const base = `http://127.0.0.1:${port}`;
  const agent = new Agent();
  await agent.connect(port, "alice");

  const browser = await launch({
    executablePath: CHROMIUM,
    userDataDir: join(root, "profile"),
    locale: "en-GB",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const problems = [];
  const page = await browser.newPage("en-GB");
  page.on("console", (m) => { if (m.type() === "error") problems.push(m.text()); });
  page.setDefaultTimeout(TIMEOUT);

  try {
    await t.test("web chat: write, get answered live, resume, survey", async () => {
      const response = await page.goto(base + "/");
      const csp = response.headers()["content-security-policy"];
      assert.match(csp, /script-src 'self'/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(response.headers()["x-content-type-options"], "nosniff");
      assert.equal(await page.getAttribute("html", "lang"), "en");
      const notice = page.locator("#emergency");
      await notice.waitFor();
      assert.match(await notice.textContent(), /17.*112.*114/s);
      await page.locator("#status", { hasText: "Write your message to start." }).waitFor();

      // The page is in the browser's language and can be switched.
      await page.selectOption("#lang-switch", "de");
      await page.locator("#emergency", { hasText: "Notfälle" }).waitFor();
      await page.selectOption("#lang-switch", "en");
      await page.locator("#emergency", { hasText: "emergencies" }).waitFor();

      const question = "Hello, my bike was stolen yesterday <img src=x onerror=alert(1)>";
      await page.fill("#composer-text", question);
      await page.keyboard.press("Enter");
      const opened = await agent.event("conversation.opened");
      const conversation = opened.conversation;
      assert.equal(opened.data.channel, "webchat");
      assert.equal(opened.data.lang, "en");
      await page.locator("#status", { hasText: "A gendarme will answer you" }).waitFor();
      await page.locator("#reference", { hasText: opened.data.reference }).waitFor();
      // Shown as text, never interpreted.
      await page.locator(".message.citizen .text", { hasText: "<img src=x" }).waitFor();
      assert.equal(await page.locator("#messages img").count(), 0);

      await agent.claim(conversation);
      await page.locator("#status", { hasText: "A gendarme is answering." }).waitFor();

      // Typing, both ways.
      agent.send({ type: "typing", conversation, active: true });
      await page.locator("#typing", { hasText: "The gendarme is typing" }).waitFor();
      await page.type("#composer-text", "Th");
      await agent.next((f) => f.type === "typing" && f.conversation === conversation && f.active === true);
      await page.fill("#composer-text", "");

      await agent.command("reply", conversation, { message: randomUUID(), text: "You can file a complaint online. <b>Not bold</b>" });
      await page.locator(".message.agent .text", { hasText: "file a complaint online" }).waitFor();
      assert.equal(await page.locator("#messages b").count(), 0);
      await agent.event("message.delivery", conversation, (e) => e.data.delivery === "delivered");

      // A reload shows the whole conversation again, each message once.
      await page.reload();
      await page.locator(".message.agent .text", { hasText: "file a complaint online" }).waitFor();
      await page.locator("#status", { hasText: "A gendarme is answering." }).waitFor();
      assert.equal(await page.locator(".message.citizen").count(), 1);
      assert.equal(await page.locator(".message.agent").count(), 1);

      // The server goes away: what the citizen writes meanwhile is kept and sent once it is back.
      agent.close();
      await stopServer(server);
      await page.locator("#status", { hasText: "reconnecting" }).waitFor();
      await page.fill("#composer-text", "Are you still there?");
      await page.keyboard.press("Enter");
      await page.locator(".message.citizen.pending", { hasText: "Are you still there?" }).waitFor();
      server = await startServer(data, port);
      await agent.connect(port, "alice");
      await agent.event("message.added", conversation, (e) => e.data.text === "Are you still there?");
      await page.locator("#status", { hasText: "A gendarme is answering." }).waitFor({ timeout: 30000 });
      await page.locator(".message.citizen:not(.pending)", { hasText: "Are you still there?" }).waitFor();
      await agent.command("reply", conversation, { message: randomUUID(), text: "Yes, still here." });
      await page.locator(".message.agent .text", { hasText: "Yes, still here." }).waitFor();
      await sleep(500);
      assert.equal(await page.locator(".message.citizen", { hasText: "Are you still there?" }).count(), 1);
      assert.equal(await page.locator(".message.agent").count(), 2);

      // The end, and the survey.
      await agent.command("close", conversation, { outcome: "answered" });
      await page.locator("#status", { hasText: "The conversation has ended." }).waitFor();
      await page.locator("#survey").waitFor();
      await page.click("label[for=chat-rating-4]");
      await page.fill("#survey-comment", "Quick and clear");
      await page.click("#survey-form button[type=submit]");
      await page.locator("#survey-result", { hasText: "Thank you for your feedback." }).waitFor();
      const survey = await agent.event("survey.answered", conversation);
      assert.equal(survey.data.rating, 4);
      assert.equal(survey.data.comment, "Quick and clear");
    });

    await t.test("web chat: an emergency gets the 17 / 112 / 114 notice above the conversation", async () => {
      await page.evaluate("sessionStorage.clear()");
      await page.goto(base + "/");
      await page.locator("#status", { hasText: "Write your message to start." }).waitFor();
      assert.equal(await page.isVisible("#emergency-alert"), false, "no alert before anything is said");
      await page.fill("#composer-text", "Help, my ex is breaking down my door, he says he will kill me");
      await page.keyboard.press("Enter");
      const opened = await agent.event("conversation.opened", 0,
        (e) => e.data.channel === "webchat" && e.data.emergency === true);
      assert.ok(opened.data.triage && opened.data.triage.evidence.length > 0, "the evidence is in the event");
      await page.locator("#emergency-alert", { hasText: "call 17 or 112 now" }).waitFor();
      await page.locator(".message.system .text", { hasText: "112" }).waitFor();
      // Kept after a reload (the welcome says so), and said once.
      await page.reload();
      await page.locator(".message.system .text", { hasText: "112" }).waitFor();
      await page.locator("#emergency-alert", { hasText: "call 17 or 112 now" }).waitFor();
      await page.fill("#composer-text", "He is still there, please hurry");
      await page.keyboard.press("Enter");
      await agent.event("message.added", opened.conversation, (e) => e.data.text === "He is still there, please hurry");
      await sleep(500);
      assert.equal(await page.locator(".message.system").count(), 1, "the notice is sent once");
      await agent.claim(opened.conversation);
      await agent.command("close", opened.conversation, { outcome: "emergency" });
      await page.locator("#status", { hasText: "The conversation has ended." }).waitFor();
      await page.evaluate("sessionStorage.clear()");
    });

    await t.test("web form and follow-up page", async () => {
      await page.goto(base + "/form");
      await page.selectOption("#lang-switch", "fr");
      await page.locator("h1", { hasText: "Écrire à la Brigade numérique" }).waitFor();
      await page.click("#submit");
      await page.locator("#contact-error", { hasText: "adresse électronique" }).waitFor();
      assert.equal(await page.getAttribute("#contact", "aria-invalid"), "true");

      await page.fill("#name", "Camille");
      await page.fill("#contact", "camille@example.org");
      await page.fill("#subject", "Cambriolage en cours");
      await page.fill("#body", "Quelqu'un est en train d'entrer chez moi par la fenêtre");
      await page.click("#submit");
      await page.locator("#done").waitFor();
      const reference = (await page.textContent("#done-reference")).trim();
      assert.ok(await page.isVisible("#done-emergency"), "the emergency notice is shown at once");
      const link = await page.getAttribute("#done-link", "href");
      assert.match(link, /\/follow\/[A-Za-z0-9_-]{43}$/);

      const opened = await agent.event("conversation.opened", 0, (e) => e.data.channel === "webform");
      const conversation = opened.conversation;
      assert.equal(opened.data.reference, reference);
      assert.equal(opened.data.emergency, true);
      assert.equal(opened.data.lang, "fr");
      assert.ok(opened.data.deadline > Date.now() + 23 * 3600 * 1000, "24 hours from receipt");
      await agent.event("message.added", conversation, (e) => e.data.author === "system" && /112/.test(e.data.text));

      await page.goto(link);
      await page.locator("#reference", { hasText: reference }).waitFor();
      await page.locator(".message.system .text", { hasText: "112" }).waitFor();
      await page.locator("#none").waitFor();

      await agent.claim(conversation);
      await agent.command("reply", conversation, { message: randomUUID(), text: "Nous prévenons la brigade locale." });
      // On the follow-up page at once: sent.
      const added = await agent.event("message.added", conversation, (e) => e.data.author === "agent");
      assert.equal(added.data.delivery, "sent");
      await page.reload();
      await page.locator(".message.agent .text", { hasText: "Nous prévenons la brigade locale." }).waitFor();
      await agent.event("message.delivery", conversation, (e) => e.data.delivery === "delivered");

      await page.fill("#reply-text", "Merci, ils sont partis.");
      await page.click("#reply button[type=submit]");
      await agent.event("message.added", conversation, (e) => e.data.text === "Merci, ils sont partis.");
      await page.locator(".message.citizen:not(.pending)", { hasText: "Merci, ils sont partis." }).waitFor();

      await agent.command("close", conversation, { outcome: "brigade" });
      await page.reload();
      await page.locator("#survey").waitFor();
      await page.click("label[for=follow-rating-5]");
      await page.click("#survey-form button[type=submit]");
      await page.locator("#survey-result", { hasText: "Merci pour votre avis." }).waitFor();
      const survey = await agent.event("survey.answered", conversation);
      assert.equal(survey.data.rating, 5);

      // A made-up token opens nothing.
      await page.goto(base + "/follow/" + "A".repeat(43));
      await page.locator("#status", { hasText: "n'est pas valide" }).waitFor();
    });

    assert.deepEqual(problems.filter((p) => !/Failed to load resource|WebSocket connection/.test(p)), [],
      "no script errors or CSP violations");
  } finally {
    await page.screenshot({ path: join(tmpdir(), "guichet-e2e-last.png"), fullPage: true }).catch(() => {});
    await browser.close();
    agent.close();
    await stopServer(server);
    // Chromium may still be writing its profile as it exits: retry, as a plain rm would race.
    rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
