// The adviser's view of one chat: new messages appear without reloading (polled every 1.5 s), a reply is sent
// without reloading, and an answer from the library can be put in the reply box. Text goes in with
// textContent only: nothing a parent types can run in the adviser's browser. Without JS the forms still work.
(function () {
  "use strict";
  var root = document.querySelector(".loket-chat");
  if (!root) { return; }
  var list = document.getElementById("loket-transcript");
  var lastId = parseInt(root.getAttribute("data-last-id"), 10) || 0;
  var state = root.getAttribute("data-state");
  var names = { parent: "Ouder", bot: "Assistent", system: "Systeem" };

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

  function poll() {
    fetch(root.getAttribute("data-messages-url") + "?after=" + lastId, { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        data.messages.forEach(add);
        if (data.state !== state) { window.location.reload(); }
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
    var canned = document.getElementById("loket-canned");
    if (canned) {
      canned.addEventListener("change", function () {
        if (!canned.value) { return; }
        var box = document.getElementById(canned.getAttribute("data-canned-target"));
        box.value = (box.value ? box.value + "\n\n" : "") + canned.value;
        canned.value = "";
        box.focus();
      });
    }
  }
})();
