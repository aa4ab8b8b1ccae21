// The web form: checks what it can in the browser, posts JSON to /api/form,
// then shows the reference and the private follow-up link.
"use strict";

(function () {
  const G = window.Guichet;
  const FIELDS = { contact: "error_contact", subject: "error_subject", body: "error_body" };
  const EMAIL = /^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$/;
  const PHONE = /^\+?[0-9][0-9 ().-]{5,24}$/;

  function fieldError(id, key) {
    const input = document.getElementById(id);
    const error = document.getElementById(id + "-error");
    error.textContent = key ? G.t(key) : "";
    if (key) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
  }

  function validate() {
    const values = {
      contact: document.getElementById("contact").value.trim(),
      subject: document.getElementById("subject").value.trim(),
      body: document.getElementById("body").value,
    };
    const problems = [];
    if (!EMAIL.test(values.contact) && !PHONE.test(values.contact)) problems.push("contact");
    if (!values.subject) problems.push("subject");
    if (!values.body.trim()) problems.push("body");
    for (const id of Object.keys(FIELDS)) fieldError(id, problems.includes(id) ? FIELDS[id] : null);
    if (problems.length) document.getElementById(problems[0]).focus();
    return problems.length === 0;
  }

  async function submit(event) {
    event.preventDefault();
    const formError = document.getElementById("form-error");
    formError.textContent = "";
    if (!validate()) return;
    const button = document.getElementById("submit");
    button.disabled = true;
    const payload = {
      name: document.getElementById("name").value.trim(),
      contact: document.getElementById("contact").value.trim(),
      lang: document.getElementById("lang").value,
      subject: document.getElementById("subject").value.trim(),
      message: document.getElementById("body").value,
    };
    try {
      const response = await fetch("/api/form", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload),
        credentials: "omit",
      });
      const answer = await response.json().catch(() => ({}));
      if (response.status === 201) {
        showDone(answer);
        return;
      }
      if (response.status === 400 && answer.field) {
        const id = answer.field === "message" ? "body" : answer.field;
        if (FIELDS[id]) {
          fieldError(id, FIELDS[id]);
          document.getElementById(id).focus();
          return;
        }
      }
      formError.textContent = response.status === 429 ? G.t("error_rate") : G.t("error_generic");
    } catch (e) {
      formError.textContent = G.t("error_offline");
    } finally {
      button.disabled = false;
    }
  }

  function showDone(answer) {
    document.getElementById("form").hidden = true;
    document.getElementById("done-reference").textContent = answer.reference;
    const link = document.getElementById("done-link");
    const url = new URL(answer.follow, location.href).href;
    link.href = url;
    link.textContent = url;
    document.getElementById("done-emergency").hidden = !answer.emergency;
    const done = document.getElementById("done");
    done.hidden = false;
    done.focus();
  }

  document.addEventListener("DOMContentLoaded", () => {
    G.init();
    const lang = document.getElementById("lang");
    lang.value = G.lang;
    G.onLangChange((l) => { lang.value = l; });
    document.getElementById("form").addEventListener("submit", submit);
  });
})();
