// The chat widget (includes/chat_widget.html). Progressive enhancement: without this file the page shows a
// plain link to /terugbellen/. Every text from the server goes in with textContent, never as HTML.
(function () {
  "use strict";

  var root = document.querySelector("[data-chat-widget]");
  if (!root || !window.fetch || !window.Set) {
    return;
  }

  var STORE = "portal-chat";
  var API = "/api/chat/conversations/";
  var FAST_MS = 1500;
  var SLOW_MS = 10000; // a hidden tab still hears the adviser, but loads the server less
  // The page's language: Django's JavaScript catalogue (/jsi18n/, /en/jsi18n/) defines gettext before this file.
  var gettext = window.gettext || function (text) { return text; };
  var interpolate = window.interpolate || function (text, values) {
    return text.replace(/%s/g, function () { return values.shift(); });
  };
  var NETWORK_ERROR = gettext("Er is nu geen verbinding met de chat. Controleer uw internet en probeer het opnieuw.");
  var SERVER_ERROR = gettext("Er ging iets mis. Probeer het over een paar minuten opnieuw.");
  // Links in the assistant's and the Loket's text: only http(s) addresses and paths on this site.
  var LINK = /(^|[\s(])((?:https?:\/\/|\/(?=[\w-]))[^\s<>"]*[^\s<>"'.,;:!?)])/g;

  function part(name) {
    return root.querySelector("[data-chat-" + name + "]");
  }

  var el = {
    fallback: part("fallback"), launcher: part("launcher"), badge: part("badge"), announce: part("announce"),
    panel: part("panel"), title: root.querySelector("#chat-title"), menuButton: part("menu-button"),
    closeButton: part("close"), menu: part("menu"), end: part("end"), del: part("delete"), confirm: part("confirm"),
    delYes: part("delete-yes"), delNo: part("delete-no"), body: part("body"), done: part("done"),
    log: part("log"), banner: part("banner"), bannerText: part("banner-text"), hours: part("hours"),
    next: part("next"), summary: part("summary"), summaryText: part("summary-text"),
    summaryShare: part("summary-share"), summaryRefuse: part("summary-refuse"), summaryDone: part("summary-done"),
    callback: part("callback"), cbError: part("cb-error"), cbThanks: part("cb-thanks"), rating: part("rating"),
    ratingThanks: part("rating-thanks"), newWrap: part("new-wrap"), newButton: part("new"), error: part("error"),
    form: part("form"), input: part("input"), send: part("send"), adviser: part("adviser")
  };

  // What the widget knows about the conversation.
  var conv = null; // {id, token}
  var state = null; // bot | waiting | staff | closed; null before the first message
  var loket = null;
  var lastId = 0;
  var seen = new Set();
  var isOpen = false;
  var busy = false;
  var polling = false;
  var pollTimer = null;
  var summaryAnswered = false;
  var summaryFilled = false;
  var callbackLeft = false;
  var rated = false;

  // --- storage: the id and token live only as long as the browser tab (sessionStorage) ---

  function loadStored() {
    try {
      var value = JSON.parse(window.sessionStorage.getItem(STORE) || "null");
      return value && typeof value.id === "string" && typeof value.token === "string" ? value : null;
    } catch (e) {
      return null;
    }
  }

  function store() {
    if (!conv) {
      return;
    }
    try {
      var value = {id: conv.id, token: conv.token, open: isOpen, rated: rated};
      window.sessionStorage.setItem(STORE, JSON.stringify(value));
    } catch (e) { /* private mode without storage: the chat still works, it just does not survive a reload */ }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(STORE);
    } catch (e) { /* nothing stored */ }
  }

  // --- the API ---

  function ApiError(status, message) {
    this.status = status;
    this.message = message;
  }

  function api(method, path, body) {
    var headers = {"Accept": "application/json"};
    var init = {method: method, headers: headers, credentials: "same-origin", cache: "no-store"};
    if (conv) {
      headers["X-Chat-Token"] = conv.token;
    }
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      if (response.status === 204) {
        return null;
      }
      return response.json().catch(function () { return null; }).then(function (data) {
        if (!response.ok) {
          var message = data && typeof data.error === "string" && data.error ? data.error : SERVER_ERROR;
          throw new ApiError(response.status, message);
        }
        return data;
      });
    }, function () {
      throw new ApiError(0, NETWORK_ERROR);
    });
  }

  function conversationPath(suffix) {
    return API + encodeURIComponent(conv.id) + "/" + (suffix || "");
  }

  function ensureConversation() {
    if (conv) {
      return Promise.resolve();
    }
    return api("POST", API).then(function (data) {
      conv = {id: String(data.id), token: String(data.token)};
      el.done.hidden = true;
      store();
      applyTurn(data);
    });
  }

  // --- messages ---

  function appendText(node, text, withLinks) {
    text = text == null ? "" : String(text);
    if (!withLinks) {
      node.textContent = text;
      return;
    }
    var last = 0;
    var match;
    LINK.lastIndex = 0;
    while ((match = LINK.exec(text)) !== null) {
      var start = match.index + match[1].length;
      node.appendChild(document.createTextNode(text.slice(last, start)));
      var link = document.createElement("a");
      link.className = "utrecht-link";
      link.href = match[2];
      link.textContent = match[2];
      node.appendChild(link);
      last = start + match[2].length;
    }
    node.appendChild(document.createTextNode(text.slice(last)));
  }

  function senderLabel(message) {
    switch (message.sender) {
      case "parent": return "U";
      case "bot": return gettext("Digitale assistent");
      case "staff": return interpolate(gettext("%s van het Loket"), [message.author || gettext("Adviseur")]);
      default: return "Melding";
    }
  }

  // The poll cursor moves only with what a poll returned. A send returns the parent's own message, whose id can
  // be higher than an adviser's reply written just before it: moving the cursor past it would skip that reply.
  function advanceCursor(data) {
    (data && data.messages || []).forEach(function (message) {
      if (typeof message.id === "number") {
        lastId = Math.max(lastId, message.id);
      }
    });
  }

  function addMessage(message) {
    if (!message || typeof message.id !== "number" || seen.has(message.id)) {
      return false;
    }
    seen.add(message.id);
    var sender = ["parent", "bot", "staff", "system"].indexOf(message.sender) >= 0 ? message.sender : "system";
    var item = document.createElement("div");
    item.className = "chat-msg chat-msg--" + sender;
    item.setAttribute("data-id", String(message.id));
    var who = document.createElement("span");
    who.className = "chat-msg__sender";
    who.textContent = senderLabel(message);
    item.appendChild(who);
    var text = document.createElement("span");
    text.className = "chat-msg__text";
    appendText(text, message.text, sender !== "parent");
    item.appendChild(text);
    var buttons = Array.isArray(message.buttons) ? message.buttons : [];
    if (sender === "bot") {
      // The server accepts only the buttons of the assistant's last message.
      el.log.querySelectorAll(".chat-msg__buttons").forEach(function (old) { old.remove(); });
      if (buttons.length) {
        item.appendChild(botButtons(buttons));
      }
    }
    // Keep the order of the ids, whichever request brought the message in.
    var after = null;
    el.log.querySelectorAll(".chat-msg").forEach(function (other) {
      if (!after && Number(other.getAttribute("data-id")) > message.id) {
        after = other;
      }
    });
    el.log.insertBefore(item, after);
    return sender !== "parent";
  }

  function botButtons(buttons) {
    var group = document.createElement("div");
    group.className = "chat-msg__buttons";
    buttons.forEach(function (button) {
      if (!button || typeof button.title !== "string") {
        return;
      }
      var element = document.createElement("button");
      element.type = "button";
      element.className = "utrecht-button utrecht-button--secondary-action";
      element.textContent = button.title;
      element.addEventListener("click", function () {
        sendMessage(button.title, typeof button.payload === "string" ? button.payload : null).then(function () {
          el.input.focus();
        });
      });
      group.appendChild(element);
    });
    return group;
  }

  function scrollToLatest() {
    var messages = el.log.querySelectorAll(".chat-msg");
    var latest = messages[messages.length - 1];
    if (latest && !el.panel.hidden) {
      // "nearest": scrolls the panel's own scroll area only as far as needed, never the page (the panel is fixed).
      latest.scrollIntoView({block: "nearest"});
    }
  }

  // --- one answer of the API: state, messages and the Loket ---

  function applyTurn(data) {
    if (!data) {
      return;
    }
    if (typeof data.state === "string") {
      state = data.state;
    }
    loket = data.loket || null;
    if (loket && loket.callback_left) {
      callbackLeft = true;
    }
    var fromOthers = false;
    var added = false;
    (Array.isArray(data.messages) ? data.messages : []).forEach(function (message) {
      var before = seen.size;
      fromOthers = addMessage(message) || fromOthers;
      added = added || seen.size > before;
    });
    if (fromOthers && !isOpen) {
      el.badge.hidden = false;
      el.announce.textContent = gettext("Nieuw bericht in de chat.");
    }
    render();
    if (added) {
      scrollToLatest();
    }
    schedulePoll();
  }

  function formatHours(slot) {
    return interpolate(gettext("%s %s tot %s uur"), [slot.day, slot.open, slot.close]);
  }

  function formatMoment(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) {
      return "";
    }
    return date.toLocaleString(document.documentElement.lang === "en" ? "en-GB" : "nl-NL", {weekday: "long", day: "numeric", month: "long", hour: "2-digit",
      minute: "2-digit", timeZone: "Europe/Amsterdam"});
  }

  function renderBanner() {
    var withLoket = loket && (state === "waiting" || state === "staff");
    el.banner.hidden = !withLoket;
    el.hours.hidden = true;
    el.next.hidden = true;
    el.banner.classList.remove("chat-banner--closed");
    if (!withLoket) {
      return;
    }
    if (state === "staff") {
      el.bannerText.textContent = interpolate(gettext("%s van het Loket praat nu met u."),
        [loket.adviser || gettext("Een adviseur")]);
    } else if (loket.available) {
      var minutes = loket.expected_wait_minutes || 10;
      el.bannerText.textContent = interpolate(
        gettext("Een adviseur neemt het gesprek over; meestal binnen %s minuten. U kunt hier blijven typen."), [minutes]);
    } else {
      el.banner.classList.add("chat-banner--closed");
      var hours = Array.isArray(loket.hours) ? loket.hours : [];
      el.bannerText.textContent = gettext("Er is nu geen adviseur bereikbaar.") + " " +
        (hours.length ? gettext("Het Loket is bereikbaar op:") : gettext("Het Loket heeft geen vaste chattijden."));
      el.hours.textContent = "";
      hours.forEach(function (slot) {
        var item = document.createElement("li");
        item.textContent = formatHours(slot);
        el.hours.appendChild(item);
      });
      el.hours.hidden = !hours.length;
      var next = loket.next_opening ? formatMoment(loket.next_opening) : "";
      var nextText = next ? interpolate(gettext("Het Loket is weer open op %s."), [next]) + " " : "";
      el.next.textContent = nextText +
        (callbackLeft ? "" : gettext("Laat hieronder uw gegevens achter. Dan neemt het Loket contact met u op."));
      el.next.hidden = !el.next.textContent;
    }
  }

  function render() {
    var has = !!conv;
    var closed = state === "closed";
    var withLoket = loket && (state === "waiting" || state === "staff");
    el.menuButton.hidden = !has;
    if (!has) {
      closeMenu(false);
    }
    el.end.hidden = closed;
    // Before the first message the privacy note is read out with the message box.
    el.input.setAttribute("aria-describedby", has ? "chat-input-hint" : "chat-input-hint chat-privacy");
    el.form.hidden = closed;
    el.adviser.hidden = has && state !== "bot";
    el.log.querySelectorAll(".chat-msg__buttons button").forEach(function (button) {
      button.disabled = state !== "bot";
    });
    renderBanner();

    var showSummary = !!(withLoket && !summaryAnswered && !loket.summary_choice && loket.summary);
    if (showSummary && !summaryFilled) {
      el.summaryText.value = loket.summary;
      summaryFilled = true;
    }
    el.summary.hidden = !showSummary;

    el.callback.hidden = !(withLoket && state === "waiting" && !loket.available && !callbackLeft);
    el.cbThanks.hidden = !(has && callbackLeft && !closed);
    el.rating.hidden = !(closed && !rated);
    el.ratingThanks.hidden = !(closed && rated);
    el.newWrap.hidden = !closed;
  }

  // --- polling: while the panel is open, and while the Loket has the conversation ---

  function wantPoll() {
    return !!conv && state !== "closed" && (isOpen || state === "waiting" || state === "staff");
  }

  function schedulePoll() {
    window.clearTimeout(pollTimer);
    pollTimer = null;
    if (wantPoll()) {
      pollTimer = window.setTimeout(poll, document.hidden ? SLOW_MS : FAST_MS);
    }
  }

  function poll() {
    pollTimer = null;
    if (!wantPoll()) {
      return;
    }
    if (busy || polling) {
      schedulePoll();
      return;
    }
    var mine = conv;
    polling = true;
    api("GET", conversationPath("messages/") + "?after=" + lastId).then(function (data) {
      if (conv === mine) {
        advanceCursor(data);
        applyTurn(data);
      }
    }, function (error) {
      if (conv !== mine) {
        return;
      }
      if (error.status === 404) {
        lost(error.message);
      } else if (error.status === 429) {
        showError(error.message);
      }
      // A network hiccup: the next poll tries again, without alarming the parent.
    }).then(function () {
      polling = false;
      schedulePoll();
    });
  }

  document.addEventListener("visibilitychange", schedulePoll);

  // --- errors ---

  var errorCount = 0;

  function showError(message) {
    // Emptied first, so the same message is announced again; a later clearError wins over the timer.
    var mine = ++errorCount;
    el.error.textContent = "";
    window.setTimeout(function () {
      if (mine === errorCount) {
        el.error.textContent = message;
      }
    }, 50);
  }

  function clearError() {
    errorCount += 1;
    el.error.textContent = "";
  }

  function handleError(error) {
    if (error && error.status === 404 && conv) {
      lost(error.message);
    } else {
      showError(error && error.message ? error.message : SERVER_ERROR);
    }
  }

  function lost(message) {
    // The conversation was deleted or expired: start clean, and say so.
    forget();
    resetConversation();
    showError(message);
  }

  // --- actions of the parent ---

  function sendMessage(text, payload) {
    text = (text || "").trim();
    if (!text) {
      showError(gettext("Typ eerst een bericht."));
      el.input.focus();
      return Promise.resolve(false);
    }
    if (busy) {
      return Promise.resolve(false);
    }
    busy = true;
    clearError();
    el.send.setAttribute("aria-disabled", "true");
    return ensureConversation().then(function () {
      return api("POST", conversationPath("messages/"), payload ? {text: text, payload: payload} : {text: text});
    }).then(function (data) {
      applyTurn(data);
      return true;
    }, function (error) {
      handleError(error);
      return false;
    }).then(function (ok) {
      busy = false;
      el.send.removeAttribute("aria-disabled");
      return ok;
    });
  }

  function action(suffix, body, method) {
    // An action on the existing conversation, answered with a turn (or nothing, for DELETE).
    if (busy) {
      return Promise.reject(new ApiError(0, gettext("Even geduld, de chat is nog bezig.")));
    }
    busy = true;
    clearError();
    var mine = conv;
    return api(method || "POST", conversationPath(suffix), body).then(function (data) {
      busy = false;
      if (conv === mine && data) {
        applyTurn(data);
      }
      return data;
    }, function (error) {
      busy = false;
      throw error;
    });
  }

  el.form.addEventListener("submit", function (event) {
    event.preventDefault();
    sendMessage(el.input.value).then(function (ok) {
      if (ok) {
        el.input.value = "";
      }
    });
  });

  el.input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.isComposing) {
      event.preventDefault();
      if (el.form.requestSubmit) {
        el.form.requestSubmit();
      } else {
        el.send.click();
      }
    }
  });

  el.adviser.addEventListener("click", function () {
    if (busy) {
      return;
    }
    ensureConversation().then(function () {
      return action("adviser/");
    }).then(function () {
      (el.banner.hidden ? el.input : el.banner).focus();
    }, handleError);
  });

  function answerSummary(share) {
    var body = share ? {summary: el.summaryText.value} : {share: false};
    action("summary/", body).then(function () {
      summaryAnswered = true;
      el.summaryDone.textContent = share ? gettext("Uw samenvatting is gedeeld met de adviseur.") :
        gettext("U deelt geen samenvatting met de adviseur.");
      el.summaryDone.hidden = false;
      render();
      el.summaryDone.focus();
    }, handleError);
  }

  el.summaryShare.addEventListener("click", function () { answerSummary(true); });
  el.summaryRefuse.addEventListener("click", function () { answerSummary(false); });

  // --- the call-back form in the chat ---

  var CALLBACK_FIELDS = ["name", "phone", "email"];
  var CALLBACK_HINTS = {name: "chat-cb-name-hint", phone: "chat-cb-contact-hint", email: "chat-cb-contact-hint"};

  function callbackInput(name) {
    return el.callback.querySelector("[name=" + name + "]");
  }

  function setFieldErrors(errors) {
    var first = null;
    CALLBACK_FIELDS.forEach(function (name) {
      var input = callbackInput(name);
      var message = el.callback.querySelector("[data-chat-field-error=" + name + "]");
      if (errors[name]) {
        message.textContent = errors[name];
        message.hidden = false;
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", CALLBACK_HINTS[name] + " " + message.id);
        first = first || input;
      } else {
        message.textContent = "";
        message.hidden = true;
        input.removeAttribute("aria-invalid");
        input.setAttribute("aria-describedby", CALLBACK_HINTS[name]);
      }
    });
    return first;
  }

  function fieldOfServerError(message) {
    // The server answers with one Dutch sentence; put it next to the field it is about.
    if (/naam/i.test(message)) {
      return "name";
    }
    if (/telefoonnummer/i.test(message)) {
      return "phone";
    }
    if (/e-mailadres/i.test(message)) {
      return "email";
    }
    return null;
  }

  el.callback.addEventListener("submit", function (event) {
    event.preventDefault();
    var data = {};
    ["name", "phone", "email", "best_moment", "description"].forEach(function (name) {
      data[name] = callbackInput(name).value.trim();
    });
    var errors = {};
    if (!data.name) {
      errors.name = gettext("Vul uw naam in. Een voornaam is genoeg.");
    }
    if (!data.phone && !data.email) {
      errors.phone = gettext("Vul een telefoonnummer of een e-mailadres in, zodat het Loket u kan bereiken.");
    }
    el.cbError.hidden = true;
    var first = setFieldErrors(errors);
    if (first) {
      first.focus();
      return;
    }
    action("callback/", data).then(function () {
      callbackLeft = true;
      render();
      el.cbThanks.focus();
    }, function (error) {
      var field = error.status === 400 ? fieldOfServerError(error.message) : null;
      if (field) {
        var fieldErrors = {};
        fieldErrors[field] = error.message;
        setFieldErrors(fieldErrors).focus();
      } else if (error.status === 404) {
        handleError(error);
      } else {
        el.cbError.textContent = error.message;
        el.cbError.hidden = false;
        el.cbError.focus();
      }
    });
  });

  // --- closing, rating, a new conversation ---

  el.rating.addEventListener("submit", function (event) {
    event.preventDefault();
    var chosen = el.rating.querySelector("input[name=chat-rating]:checked");
    if (!chosen) {
      showError(gettext("Kies eerst een cijfer van 1 tot 5."));
      el.rating.querySelector("input[name=chat-rating]").focus();
      return;
    }
    action("rating/", {score: parseInt(chosen.value, 10)}).then(function () {
      rated = true;
      store();
      render();
      el.ratingThanks.focus();
    }, handleError);
  });

  el.newButton.addEventListener("click", function () {
    forget();
    resetConversation();
    el.input.focus();
  });

  function resetConversation() {
    window.clearTimeout(pollTimer);
    pollTimer = null;
    conv = null;
    state = null;
    loket = null;
    lastId = 0;
    seen.clear();
    el.log.textContent = "";
    summaryAnswered = false;
    summaryFilled = false;
    callbackLeft = false;
    rated = false;
    el.summaryDone.hidden = true;
    el.callback.reset();
    setFieldErrors({});
    el.cbError.hidden = true;
    el.rating.reset();
    el.badge.hidden = true;
    clearError();
    render();
  }

  // --- the menu: end or delete the conversation ---

  function openMenu() {
    el.menu.hidden = false;
    el.confirm.hidden = true;
    el.menuButton.setAttribute("aria-expanded", "true");
    (el.end.hidden ? el.del : el.end).focus();
  }

  function closeMenu(returnFocus) {
    el.menu.hidden = true;
    el.confirm.hidden = true;
    el.menuButton.setAttribute("aria-expanded", "false");
    if (returnFocus) {
      el.menuButton.focus();
    }
  }

  el.menuButton.addEventListener("click", function () {
    if (el.menu.hidden) {
      openMenu();
    } else {
      closeMenu(true);
    }
  });

  el.end.addEventListener("click", function () {
    action("close/").then(function () {
      closeMenu(false);
      var first = el.rating.querySelector("input[name=chat-rating]");
      (el.rating.hidden ? el.newButton : first).focus();
    }, handleError);
  });

  el.del.addEventListener("click", function () {
    el.confirm.hidden = false;
    el.delNo.focus();
  });

  el.delNo.addEventListener("click", function () {
    el.confirm.hidden = true;
    el.del.focus();
  });

  el.delYes.addEventListener("click", function () {
    action("", undefined, "DELETE").then(null, function (error) {
      if (error.status !== 404) { // already gone is what the parent wanted
        throw error;
      }
    }).then(function () {
      forget();
      resetConversation();
      el.done.hidden = false;
      el.done.focus();
    }, handleError);
  });

  // --- opening and closing the panel ---

  function openPanel(moveFocus) {
    isOpen = true;
    el.panel.hidden = false;
    el.launcher.setAttribute("aria-expanded", "true");
    el.badge.hidden = true;
    el.announce.textContent = "";
    store();
    scrollToLatest();
    if (moveFocus) {
      (el.form.hidden ? el.title : el.input).focus();
    }
    schedulePoll();
  }

  function closePanel() {
    isOpen = false;
    closeMenu(false);
    el.panel.hidden = true;
    el.launcher.setAttribute("aria-expanded", "false");
    store();
    el.launcher.focus();
    schedulePoll();
  }

  el.launcher.addEventListener("click", function () {
    if (isOpen) {
      closePanel();
    } else {
      openPanel(true);
    }
  });

  el.closeButton.addEventListener("click", closePanel);

  el.panel.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    event.preventDefault();
    if (!el.menu.hidden) {
      closeMenu(true);
    } else {
      closePanel();
    }
  });

  // --- start: show the launcher, pick up a conversation from this tab ---

  el.fallback.hidden = true;
  el.launcher.hidden = false;
  render();

  var stored = loadStored();
  if (stored) {
    conv = {id: stored.id, token: stored.token};
    rated = !!stored.rated;
    var mine = conv;
    api("GET", conversationPath("messages/") + "?after=0").then(function (data) {
      advanceCursor(data);
      if (conv !== mine) {
        return;
      }
      applyTurn(data);
      if (stored.open) {
        openPanel(false);
      }
    }, function (error) {
      if (conv !== mine) {
        return;
      }
      if (error.status === 404) {
        forget(); // deleted or past its retention: start clean without a message
        resetConversation();
      } else {
        render();
        schedulePoll();
      }
    });
  }
})();
