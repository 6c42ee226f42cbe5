// The adviser's view of one chat: new messages appear without reloading (polled every 1.5 s), a reply is sent
// without reloading, and an answer from the library can be put in the reply box with a button. Text goes in with
// textContent only: nothing a parent types can run in the adviser's browser. Without JS the forms still work.
(function () {
  "use strict";
  var root = document.querySelector(".loket-chat");
  if (!root) { return; }
  var list = document.getElementById("loket-transcript");
  var lastId = parseInt(root.getAttribute("data-last-id"), 10) || 0;
  var state = root.getAttribute("data-state");
  var names = { parent: "Ouder", bot: "Assistent", system: "Systeem" };
  // Once the page is being left (a form sent the ordinary way: claim, note, close...; or a link), a poll must
  // not reload it: that would cancel the navigation under way and lose the outcome message it brings ("U heeft
  // het gesprek overgenomen." or "Dit gesprek is al overgenomen door ...").
  var leaving = false;
  window.addEventListener("beforeunload", function () { leaving = true; });
  window.addEventListener("pageshow", function () { leaving = false; });

  function add(message) {
    if (message.id <= lastId) { return; }
    lastId = message.id;
    var item = document.createElement("li");
    item.className = "loket-msg loket-msg--" + message.sender;
    var who = document.createElement("span");
    who.className = "loket-msg__who";
    who.textContent = message.sender === "staff" ? (message.author || "Adviseur") : (names[message.sender] || "");
    var time = document.createElement("span");
    time.className = "loket-msg__time";
    time.textContent = new Date(message.created).toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" });
    var text = document.createElement("span");
    text.className = "loket-msg__text";
    text.textContent = message.text;
    item.appendChild(who); item.appendChild(document.createTextNode(" "));
    item.appendChild(time); item.appendChild(document.createTextNode(" "));
    item.appendChild(text);
    list.appendChild(item);
  }

  // The chat changed hands or closed: reload to show the right buttons, unless the adviser is typing, whose
  // text a reload would throw away; then say so and let them reload when they are ready.
  function stateChanged(newState) {
    var typing = Array.prototype.some.call(root.querySelectorAll("textarea"), function (box) {
      return box.value.trim() !== "";
    });
    if (!typing) { window.location.reload(); return; }
    state = newState;
    var notice = document.getElementById("loket-state-notice");
    notice.textContent = "De status van dit gesprek is veranderd. Bewaar uw tekst en laad de pagina opnieuw.";
  }

  function poll() {
    if (leaving) { return; }
    fetch(root.getAttribute("data-messages-url") + "?after=" + lastId, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        data.messages.forEach(add);
        if (data.state !== state && !leaving) { stateChanged(data.state); }
      })
      .catch(function () { /* try again at the next tick */ });
  }
  setInterval(poll, 1500);

  var form = document.getElementById("loket-reply");
  if (form) {
    var status = form.querySelector(".loket-reply__status");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var box = form.querySelector("textarea");
      fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin",
                           headers: { "Accept": "application/json" } })
        .then(function (r) { return r.json().then(function (data) { return { ok: r.ok, data: data }; }); })
        .then(function (result) {
          if (result.ok) { box.value = ""; status.textContent = "Verstuurd."; poll(); }
          else { status.textContent = result.data.error || "Versturen lukte niet."; }
        })
        .catch(function () { status.textContent = "Versturen lukte niet. Probeer het opnieuw."; });
    });
    // Choosing in the list does nothing by itself: the arrow keys change a closed list's value (and fire
    // "change") at every step, so inserting on change would put the first answer in the box and move the focus
    // away before a keyboard user could reach the others (WCAG 3.2.2). The button next to it inserts.
    var canned = document.getElementById("loket-canned");
    if (canned) {
      var insert = document.createElement("button");
      insert.type = "button";
      insert.className = "button button-small button-secondary loket-canned__insert";
      insert.textContent = "Antwoord invoegen";
      canned.parentNode.insertBefore(insert, canned.nextSibling);
      insert.addEventListener("click", function () {
        if (!canned.value) {
          status.textContent = "Kies eerst een antwoord uit de lijst.";
          canned.focus();
          return;
        }
        var box = document.getElementById(canned.getAttribute("data-canned-target"));
        box.value = (box.value ? box.value + "\n\n" : "") + canned.value;
        canned.value = "";
        status.textContent = "";
        box.focus();
      });
    }
  }
})();
