// Shared by the citizen pages: language choice, translation of the page,
// message ids made in the browser. Text is only ever set with textContent.
"use strict";

(function () {
  const LANGS = ["fr", "en", "de", "it", "es"];
  const NAMES = { fr: "Français", en: "English", de: "Deutsch", it: "Italiano", es: "Español" };
  const STORE = "guichet.lang";

  function browserLang() {
    const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || "fr"];
    for (const tag of wanted) {
      const base = String(tag).toLowerCase().split("-")[0];
      if (LANGS.includes(base)) return base;
    }
    return "fr";
  }

  let lang = (function () {
    try {
      const stored = localStorage.getItem(STORE);
      if (LANGS.includes(stored)) return stored;
    } catch (e) { /* storage disabled */ }
    return browserLang();
  })();
  const listeners = [];

  function t(key) {
    const table = window.GUICHET_I18N[lang] || window.GUICHET_I18N.fr;
    return table[key] !== undefined ? table[key] : window.GUICHET_I18N.fr[key] || key;
  }

  function apply() {
    document.documentElement.lang = lang;
    for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
    for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
    for (const el of document.querySelectorAll("[data-i18n-label]")) el.setAttribute("aria-label", t(el.dataset.i18nLabel));
    const title = document.querySelector("[data-i18n-title]");
    if (title) document.title = t(title.dataset.i18nTitle) + " — " + t("brand");
  }

  function setLang(next) {
    if (!LANGS.includes(next) || next === lang) return;
    lang = next;
    try { localStorage.setItem(STORE, lang); } catch (e) { /* storage disabled */ }
    apply();
    for (const fn of listeners) fn(lang);
  }

  // A language switcher: a labelled <select> inside every element with data-lang-switch.
  function buildSwitchers() {
    for (const host of document.querySelectorAll("[data-lang-switch]")) {
      const label = document.createElement("label");
      label.htmlFor = "lang-switch";
      label.dataset.i18n = "language_label";
      const select = document.createElement("select");
      select.id = "lang-switch";
      for (const code of LANGS) {
        const option = document.createElement("option");
        option.value = code;
        option.lang = code;
        option.textContent = NAMES[code];
        select.appendChild(option);
      }
      select.value = lang;
      select.addEventListener("change", () => setLang(select.value));
      listeners.push((l) => { select.value = l; });
      host.appendChild(label);
      host.appendChild(select);
    }
  }

  // Canonical lowercase UUID (version 4) for message ids.
  function uuid() {
    if (window.crypto && typeof crypto.randomUUID === "function") return crypto.randomUUID();
    const b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function formatTime(ms) {
    try {
      return new Date(ms).toLocaleString(lang, { dateStyle: "short", timeStyle: "short" });
    } catch (e) {
      return new Date(ms).toISOString();
    }
  }

  // Session storage that survives a disabled storage.
  const memory = {};
  const session = {
    get(key) { try { return sessionStorage.getItem(key); } catch (e) { return memory[key] || null; } },
    set(key, value) { try { sessionStorage.setItem(key, value); } catch (e) { memory[key] = value; } },
    remove(key) { try { sessionStorage.removeItem(key); } catch (e) { delete memory[key]; } },
  };

  // Radio buttons 1 to 5 with translated labels, inside @host.
  function buildRatings(host, prefix) {
    for (let rating = 1; rating <= 5; ++rating) {
      const id = prefix + "-" + rating;
      const wrap = document.createElement("div");
      wrap.className = "rating";
      const input = document.createElement("input");
      input.type = "radio";
      input.name = prefix;
      input.id = id;
      input.value = String(rating);
      const label = document.createElement("label");
      label.htmlFor = id;
      label.dataset.i18n = "rating_" + rating;
      wrap.appendChild(input);
      wrap.appendChild(label);
      host.appendChild(wrap);
    }
  }

  window.Guichet = {
    buildRatings,
    get lang() { return lang; },
    t, apply, setLang, uuid, formatTime, session,
    onLangChange(fn) { listeners.push(fn); },
    init() { buildSwitchers(); apply(); },
  };
})();
