// The private follow-up page of a web form message. The token is the last part
// of the page's address; it is sent only as a bearer token to /api/follow…,
// never in another URL. Answers are fetched every 15 seconds; a reply waits in
// an outbox (sessionStorage) until the server has it, and is sent again with
// the same id after a failure.
"use strict";

(function () {
  const G = window.Guichet;
  const KEY_OUTBOX = "guichet.follow.outbox";
  const token = decodeURIComponent(location.pathname.split("/").pop() || "");
  const shown = new Map();
  let state = null;
  let timer = null;

  function headers(json) {
    const h = { Authorization: "Bearer " + token };
    if (json) h["Content-Type"] = "application/json";
    return h;
  }

  function outbox() {
    try { return JSON.parse(G.session.get(KEY_OUTBOX) || "[]"); } catch (e) { return []; }
  }
  function saveOutbox(list) { G.session.set(KEY_OUTBOX, JSON.stringify(list)); }

  function authorLabel(author) {
    return author === "citizen" ? G.t("you") : author === "agent" ? G.t("gendarme") : G.t("system");
  }

  function render(item, m) {
    item.className = "message " + m.author + (m.pending ? " pending" : "");
    item.textContent = "";
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = authorLabel(m.author);
    const text = document.createElement("p");
    text.className = "text";
    text.textContent = m.text;
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = m.pending ? G.t("sending") : G.formatTime(m.at);
    item.appendChild(who);
    item.appendChild(text);
    item.appendChild(meta);
  }

  function show(m) {
    let item = shown.get(m.id);
    if (!item) {
      item = document.createElement("li");
      shown.set(m.id, item);
      document.getElementById("messages").appendChild(item);
    }
    item._message = m;
    render(item, m);
  }

  function renderState() {
    if (!state) return;
    document.getElementById("reference").textContent = state.reference;
    document.getElementById("subject").textContent = state.subject;
    document.getElementById("state").textContent = G.t("status_" + state.status);
    const answered = state.messages.some((m) => m.author === "agent");
    document.getElementById("none").hidden = answered;
    document.getElementById("survey").hidden = !(state.survey.open || state.survey.answered);
    if (state.survey.answered) {
      document.getElementById("survey-result").textContent = G.t("survey_thanks");
      document.querySelector("#survey-form button[type=submit]").disabled = true;
    }
  }

  async function load() {
    clearTimeout(timer);
    try {
      const response = await fetch("/api/follow", { headers: headers(false), credentials: "omit", cache: "no-store" });
      if (response.status === 404) {
        document.getElementById("status").textContent = G.t("follow_invalid");
        return;
      }
      if (!response.ok) throw new Error("status " + response.status);
      state = await response.json();
      document.getElementById("status").textContent = "";
      document.getElementById("exchange").hidden = false;
      for (const m of state.messages) show(m);
      renderState();
      await flush();
    } catch (e) {
      document.getElementById("error").textContent = G.t("error_offline");
    }
    timer = setTimeout(load, 15000);
  }

  async function flush() {
    for (const pending of outbox()) {
      const response = await fetch("/api/follow/messages", {
        method: "POST", headers: headers(true), credentials: "omit",
        body: JSON.stringify({ id: pending.id, text: pending.text }),
      });
      if (response.ok) {
        saveOutbox(outbox().filter((p) => p.id !== pending.id));
        document.getElementById("error").textContent = "";
      } else if (response.status === 400) {
        saveOutbox(outbox().filter((p) => p.id !== pending.id));
        document.getElementById("error").textContent = G.t("error_generic");
      } else {
        document.getElementById("error").textContent = response.status === 429 ? G.t("error_rate") : G.t("error_generic");
        return;
      }
    }
  }

  async function reply(event) {
    event.preventDefault();
    const area = document.getElementById("reply-text");
    const text = area.value.trim();
    if (!text) return;
    const id = G.uuid();
    const list = outbox();
    list.push({ id, text });
    saveOutbox(list);
    show({ id, author: "citizen", text, pending: true });
    area.value = "";
    try {
      await flush();
    } catch (e) {
      document.getElementById("error").textContent = G.t("error_offline");
    }
    load();
  }

  async function survey(event) {
    event.preventDefault();
    const result = document.getElementById("survey-result");
    const checked = document.querySelector("input[name=follow-rating]:checked");
    if (!checked) {
      result.textContent = G.t("survey_choose");
      return;
    }
    const body = { rating: Number(checked.value) };
    const comment = document.getElementById("survey-comment").value.trim();
    if (comment) body.comment = comment;
    try {
      const response = await fetch("/api/follow/survey", {
        method: "POST", headers: headers(true), credentials: "omit", body: JSON.stringify(body),
      });
      result.textContent = response.ok ? G.t("survey_thanks") : G.t("error_generic");
      if (response.ok) document.querySelector("#survey-form button[type=submit]").disabled = true;
    } catch (e) {
      result.textContent = G.t("error_offline");
    }
  }

  document.addEventListener("DOMContentLoaded", () => {
    G.buildRatings(document.getElementById("ratings"), "follow-rating");
    G.init();
    G.onLangChange(() => {
      renderState();
      for (const item of shown.values()) render(item, item._message);
    });
    for (const pending of outbox()) show({ id: pending.id, author: "citizen", text: pending.text, pending: true });
    document.getElementById("reply").addEventListener("submit", reply);
    document.getElementById("survey-form").addEventListener("submit", survey);
    window.addEventListener("focus", load);
    load();
  });
})();
