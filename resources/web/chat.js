// The citizens' web chat: one WebSocket to /chat (docs/protocol.md, citizen
// chat). Survives a reload or a dropped connection: the session token is kept
// in sessionStorage (this tab only: nothing lingers on a shared computer); a
// reload replays the whole conversation, a reconnection only what came after
// the last message shown. Messages not yet acknowledged stay in an outbox and
// are sent again, with the same id, after every reconnection (the server keeps
// one copy per id); the page shows each id once.
"use strict";

(function () {
  const G = window.Guichet;
  const KEY_SESSION = "guichet.chat.session";
  const KEY_OUTBOX = "guichet.chat.outbox";

  const els = {};
  let socket = null;
  let ready = false;
  let status = null;
  let retryDelay = 1000;
  let retryTimer = null;
  let resendTimer = null;
  let typingTimer = null;
  let lastTypingSent = 0;
  let agentTypingTimer = null;
  let pingTimer = null;
  let lastSeq = 0; // last message shown by this page load
  const shown = new Map(); // message id -> list item

  function outbox() {
    try { return JSON.parse(G.session.get(KEY_OUTBOX) || "[]"); } catch (e) { return []; }
  }
  function saveOutbox(list) { G.session.set(KEY_OUTBOX, JSON.stringify(list)); }

  function setStatus(key) {
    status = key;
    els.status.textContent = key ? G.t(key) : "";
    els.newConversation.hidden = key !== "status_closed";
  }

  function showError(text) { els.error.textContent = text || ""; }

  // The server recognised an emergency (triage or an agent): the 17 / 112 / 114
  // notice stays above the conversation for as long as it is shown.
  function showEmergencyAlert() { els.emergencyAlert.hidden = false; }

  function authorLabel(author) {
    return author === "citizen" ? G.t("you") : author === "agent" ? G.t("gendarme") : G.t("system");
  }

  function render(item, message) {
    item.className = "message " + message.author + (message.state ? " " + message.state : "");
    item.dataset.author = message.author;
    item.textContent = "";
    const who = document.createElement("span");
    who.className = "who";
    who.dataset.authorLabel = message.author;
    who.textContent = authorLabel(message.author);
    const text = document.createElement("p");
    text.className = "text";
    text.textContent = message.text;
    item.appendChild(who);
    item.appendChild(text);
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = message.state === "pending" ? G.t("sending")
      : message.state === "failed" ? G.t("failed")
      : message.at ? G.formatTime(message.at) : "";
    item.appendChild(meta);
  }

  function show(message) {
    let item = shown.get(message.id);
    if (!item) {
      item = document.createElement("li");
      item.id = "m-" + message.id;
      shown.set(message.id, item);
      els.messages.appendChild(item);
    }
    item._message = message;
    render(item, message);
    item.scrollIntoView({ block: "end" });
  }

  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(frame));
      return true;
    }
    return false;
  }

  function flushOutbox() {
    if (!ready) return;
    for (const pending of outbox()) send({ type: "say", id: pending.id, text: pending.text });
  }

  function connect() {
    clearTimeout(retryTimer);
    ready = false;
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/chat");
    socket.addEventListener("open", () => {
      retryDelay = 1000;
      const hello = { type: "hello", protocol: 1, lang: G.lang };
      const session = G.session.get(KEY_SESSION);
      if (session) {
        hello.session = session;
        if (lastSeq > 0) hello.after = lastSeq;
      }
      send(hello);
      clearInterval(pingTimer);
      pingTimer = setInterval(() => send({ type: "ping", nonce: Date.now() }), 60000);
    });
    socket.addEventListener("message", (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      handle(frame);
    });
    socket.addEventListener("close", () => {
      ready = false;
      clearInterval(pingTimer);
      setStatus("status_reconnecting");
      retryTimer = setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 15000);
    });
  }

  function handle(frame) {
    switch (frame.type) {
      case "welcome":
        if (frame.session !== G.session.get(KEY_SESSION)) {
          // A new session (the old one expired): what it showed is not this conversation.
          if (G.session.get(KEY_SESSION)) clearMessages();
          G.session.set(KEY_SESSION, frame.session);
        }
        ready = true;
        if (frame.reference) {
          els.reference.textContent = frame.reference;
          els.referenceLine.hidden = false;
        }
        setStatus(frame.reference ? "status_" + frame.status : "status_ready");
        if (frame.emergency) showEmergencyAlert();
        flushOutbox();
        break;
      case "ack": {
        const list = outbox();
        const pending = list.find((p) => p.id === frame.id);
        if (pending && !frame.ok && frame.error && frame.error.code === "unavailable") {
          // Nothing was recorded (the server lost its database for a moment): the
          // message stays in the outbox and goes again, with the same id, shortly.
          showError(G.t("error_generic"));
          clearTimeout(resendTimer);
          resendTimer = setTimeout(flushOutbox, 3000);
        } else if (pending) {
          saveOutbox(list.filter((p) => p.id !== frame.id));
          if (frame.ok) {
            showError("");
          } else {
            show({ id: pending.id, author: "citizen", text: pending.text, state: "failed" });
            showError(frame.error && frame.error.code === "rate_limited" ? G.t("error_rate") : G.t("error_generic"));
          }
        } else if (frame.id === els.survey.dataset.answerId) {
          els.surveyResult.textContent = frame.ok ? G.t("survey_thanks") : G.t("error_generic");
          if (frame.ok) els.surveyForm.querySelector("button[type=submit]").disabled = true;
        }
        break;
      }
      case "message":
        if (typeof frame.seq === "number" && frame.seq > lastSeq) lastSeq = frame.seq;
        show({ id: frame.id, author: frame.author, text: frame.text, at: frame.at });
        if (frame.author === "agent") els.typing.textContent = "";
        break;
      case "status":
        setStatus("status_" + frame.status);
        if (frame.emergency) showEmergencyAlert();
        break;
      case "typing":
        els.typing.textContent = frame.active ? G.t("typing_agent") : "";
        clearTimeout(agentTypingTimer);
        if (frame.active) agentTypingTimer = setTimeout(() => { els.typing.textContent = ""; }, 8000);
        break;
      case "survey_request":
        els.survey.hidden = false;
        break;
      case "error":
        if (frame.code === "rate_limited") showError(G.t("error_rate"));
        // Unanswered hello: connect again (with the usual backoff), same session.
        if (frame.code === "unavailable" && !ready && socket) socket.close();
        break;
      default:
        break;
    }
  }

  function submitMessage(event) {
    event.preventDefault();
    const text = els.text.value.trim();
    if (!text) return;
    const id = G.uuid();
    const list = outbox();
    list.push({ id, text });
    saveOutbox(list);
    show({ id, author: "citizen", text, state: "pending" });
    els.text.value = "";
    sendTyping(false);
    if (ready) send({ type: "say", id, text });
    els.text.focus();
  }

  function sendTyping(active) {
    const now = Date.now();
    if (active && now - lastTypingSent < 3000) return;
    lastTypingSent = active ? now : 0;
    if (ready) send({ type: "typing", active });
  }

  function onInput() {
    sendTyping(true);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => sendTyping(false), 4000);
  }

  function submitSurvey(event) {
    event.preventDefault();
    const checked = els.surveyForm.querySelector("input[name=chat-rating]:checked");
    if (!checked) {
      els.surveyResult.textContent = G.t("survey_choose");
      return;
    }
    const id = G.uuid();
    els.survey.dataset.answerId = id;
    const frame = { type: "survey", id, rating: Number(checked.value) };
    const comment = els.surveyComment.value.trim();
    if (comment) frame.comment = comment;
    if (!send(frame)) els.surveyResult.textContent = G.t("error_offline");
  }

  function clearMessages() {
    shown.clear();
    lastSeq = 0;
    els.messages.textContent = "";
    els.referenceLine.hidden = true;
    els.emergencyAlert.hidden = true;
    els.survey.hidden = true;
    els.surveyResult.textContent = "";
    els.surveyForm.querySelector("button[type=submit]").disabled = false;
  }

  function newConversation() {
    G.session.remove(KEY_SESSION);
    saveOutbox([]);
    clearMessages();
    if (socket) socket.close();
  }

  document.addEventListener("DOMContentLoaded", () => {
    for (const id of ["status", "messages", "typing", "error", "composer", "survey", "reference"])
      els[id] = document.getElementById(id);
    els.text = document.getElementById("composer-text");
    els.referenceLine = document.getElementById("reference-line");
    els.emergencyAlert = document.getElementById("emergency-alert");
    els.surveyForm = document.getElementById("survey-form");
    els.surveyComment = document.getElementById("survey-comment");
    els.surveyResult = document.getElementById("survey-result");
    els.newConversation = document.getElementById("new-conversation");
    G.buildRatings(document.getElementById("ratings"), "chat-rating");
    G.init();
    G.onLangChange(() => {
      if (status) els.status.textContent = G.t(status);
      for (const item of shown.values()) render(item, item._message);
      // Before the first message, the conversation's language is still open.
      if (!els.referenceLine.hidden || !socket) return;
      socket.close();
    });
    els.composer.addEventListener("submit", submitMessage);
    els.text.addEventListener("input", onInput);
    els.text.addEventListener("keydown", (event) => {
      // Enter sends, Shift+Enter starts a new line.
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) submitMessage(event);
    });
    els.surveyForm.addEventListener("submit", submitSurvey);
    els.newConversation.addEventListener("click", newConversation);
    // Outbox entries of an earlier page load are shown until acknowledged.
    for (const pending of outbox()) show({ id: pending.id, author: "citizen", text: pending.text, state: "pending" });
    setStatus("status_connecting");
    connect();
  });
})();
