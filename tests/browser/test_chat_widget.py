"""The chat widget and /terugbellen/ in a real browser. Rasa does not run beside this portal, so each message
of a parent gets the system message that the assistant is not reachable: enough messages to check the log,
the handoff to the Loket (no office hours, no adviser online: the call-back form), deleting, reloading, XSS,
axe-core and the keyboard. The assistant's own answers (buttons, links) come from a stubbed API response.

Every test starts at most one conversation: the portal allows 10 new ones per address per 10 minutes."""

import json
import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible

pytestmark = pytest.mark.browser

SITE = "zuidkennemerland"  # no phone or e-mail address: the "not reachable" text points to /contact/
UNAVAILABLE = "De chatassistent is nu even niet bereikbaar"
STORE = "portal-chat"


def panel(page):
    return page.locator("#chat-panel")


def log(page):
    return page.locator("[data-chat-log]")


def open_chat(page):
    page.get_by_role("button", name="Stel uw vraag").click()
    expect(panel(page)).to_be_visible()


def send(page, text):
    """Type and send a message; wait until the log shows it and the system message that follows."""
    answers_before = log(page).locator(".chat-msg--system").count()
    page.get_by_label("Uw bericht").fill(text)
    panel(page).get_by_role("button", name="Versturen", exact=True).click()
    expect(log(page).locator(".chat-msg--parent").last).to_contain_text(text)
    expect(log(page).locator(".chat-msg--system")).to_have_count(answers_before + 1)


def stored(page):
    value = page.evaluate(f"sessionStorage.getItem('{STORE}')")
    return json.loads(value) if value else None


def api_get(page, conversation):
    """The API as the parent's browser calls it (Playwright's own client cannot resolve *.localhost)."""
    return page.evaluate("""async ([id, token]) => {
        const response = await fetch(`/api/chat/conversations/${id}/messages/?after=0`,
                                     {headers: {"X-Chat-Token": token}});
        return {status: response.status, body: await response.json().catch(() => null)};
    }""", [conversation["id"], conversation["token"]])


def test_widget_is_accessible_open_with_messages_and_handed_over(page, portal):
    page.goto(portal.format(SITE) + "/")
    expect(page.locator("[data-chat-fallback]")).to_be_hidden()
    open_chat(page)
    privacy = panel(page).locator("[data-chat-privacy]")
    expect(privacy).to_contain_text(re.compile(r"bewaren uw berichten \d+ dagen"))
    expect(privacy.get_by_role("link", name="Meer over privacy")).to_have_attribute("href", "/privacy/")
    assert stored(page) is None, "no conversation before the first message"
    assert_accessible(page)

    send(page, "Hoe vraag ik een tlv aan?")
    expect(log(page)).to_have_attribute("role", "log")
    expect(log(page)).to_have_attribute("aria-live", "polite")
    expect(log(page).locator(".chat-msg--system").last).to_contain_text(UNAVAILABLE)
    assert_accessible(page)

    # The parent asks for a person: no office hours and nobody online, so the out-of-hours banner and the form.
    page.get_by_role("button", name="Praat met een adviseur").click()
    banner = panel(page).locator("[data-chat-banner]")
    expect(banner).to_contain_text("Er is nu geen adviseur bereikbaar")
    expect(banner).to_contain_text("geen vaste chattijden")
    expect(banner).to_be_focused()
    expect(panel(page).get_by_role("button", name="Praat met een adviseur")).to_be_hidden()
    summary = panel(page).get_by_label("Samenvatting", exact=True)
    expect(summary).to_have_value("Hoe vraag ik een tlv aan?")
    callback = panel(page).locator("[data-chat-callback]")
    expect(callback).to_be_visible()
    assert_accessible(page)

    summary.fill("Vraag over een tlv")
    page.get_by_role("button", name="Delen met de adviseur").click()
    expect(panel(page).locator("[data-chat-summary]")).to_be_hidden()
    expect(panel(page).locator("[data-chat-summary-done]")).to_have_text("Uw samenvatting is gedeeld met de adviseur.")

    # Sent empty: the errors stand next to their fields and are linked to them.
    callback.get_by_role("button", name="Terugbelverzoek versturen").click()
    name = callback.get_by_label("Naam (verplicht)")
    expect(name).to_be_focused()
    expect(name).to_have_attribute("aria-invalid", "true")
    expect(name).to_have_attribute("aria-describedby", re.compile(r"\bchat-cb-name-error\b"))
    expect(callback.locator("#chat-cb-name-error")).to_have_text(re.compile("Vul uw naam in"))
    expect(callback.get_by_label("Telefoonnummer")).to_have_attribute("aria-describedby",
                                                                     re.compile(r"\bchat-cb-phone-error\b"))
    assert_accessible(page)

    # A wrong phone number: the server's message lands at the phone field.
    name.fill("Sanne")
    callback.get_by_label("Telefoonnummer").fill("bel me")
    callback.get_by_role("button", name="Terugbelverzoek versturen").click()
    expect(callback.locator("#chat-cb-phone-error")).to_have_text(re.compile("telefoonnummer klopt niet"))
    expect(callback.get_by_label("Telefoonnummer")).to_be_focused()
    expect(name).not_to_have_attribute("aria-invalid", "true")

    callback.get_by_label("Telefoonnummer").fill("06 12345678")
    callback.get_by_label(re.compile("Wanneer kunnen wij u")).fill("dinsdagochtend")
    callback.get_by_label(re.compile("Waar gaat uw vraag over")).fill("Aanvraag tlv voor mijn zoon")
    callback.get_by_role("button", name="Terugbelverzoek versturen").click()
    thanks = panel(page).locator("[data-chat-cb-thanks]")
    expect(thanks).to_be_visible()
    expect(thanks).to_be_focused()
    expect(callback).to_be_hidden()
    expect(log(page)).to_contain_text("Uw terugbelverzoek is bij het Loket")
    assert_accessible(page)

    conversation = stored(page)
    response = api_get(page, conversation)
    assert response["status"] == 200
    turn = response["body"]
    assert turn["state"] == "waiting"
    assert turn["loket"]["callback_left"] is True
    assert turn["loket"]["summary_choice"] == "shared"


def test_keyboard_only_open_type_send_close(page, portal):
    page.goto(portal.format(SITE) + "/vragen/")
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hasAttribute('data-chat-launcher')"):
            break
    else:
        pytest.fail("the chat launcher cannot be reached with Tab")
    launcher = page.locator("[data-chat-launcher]")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none", "no visible focus"
    expect(launcher).to_have_attribute("aria-expanded", "false")

    page.keyboard.press("Enter")
    expect(panel(page)).to_be_visible()
    expect(launcher).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#chat-input")).to_be_focused()

    page.keyboard.type("Mijn kind zit thuis")
    page.keyboard.press("Enter")
    expect(log(page).locator(".chat-msg--parent")).to_have_text(re.compile("Mijn kind zit thuis"))
    expect(log(page).locator(".chat-msg--system")).to_contain_text(UNAVAILABLE)
    expect(page.locator("#chat-input")).to_have_value("")
    expect(page.locator("#chat-input")).to_be_focused()

    # Shift+Enter is a new line, not a send.
    page.keyboard.type("regel een")
    page.keyboard.press("Shift+Enter")
    page.keyboard.type("regel twee")
    expect(page.locator("#chat-input")).to_have_value("regel een\nregel twee")
    expect(log(page).locator(".chat-msg--parent")).to_have_count(1)

    page.keyboard.press("Escape")
    expect(panel(page)).to_be_hidden()
    expect(launcher).to_be_focused()
    expect(launcher).to_have_attribute("aria-expanded", "false")

    # Open again, close with the panel's own button, by keyboard.
    page.keyboard.press("Enter")
    expect(page.locator("#chat-input")).to_be_focused()
    expect(page.locator("#chat-input")).to_have_value("regel een\nregel twee")
    page.locator("[data-chat-close]").focus()
    page.keyboard.press("Enter")
    expect(panel(page)).to_be_hidden()
    expect(launcher).to_be_focused()


def test_reload_keeps_the_conversation_and_delete_removes_it(page, portal):
    base = portal.format(SITE)
    page.goto(base + "/")
    open_chat(page)
    send(page, "Eerste vraag over de zorgplicht")
    conversation = stored(page)
    assert conversation and conversation["id"] and conversation["token"]

    page.reload()
    # The panel was open: it opens again with the conversation, without taking the focus.
    expect(panel(page)).to_be_visible()
    expect(log(page).locator(".chat-msg--parent .chat-msg__text")).to_have_text(["Eerste vraag over de zorgplicht"])
    expect(log(page).locator(".chat-msg--system")).to_have_count(1)
    assert stored(page)["id"] == conversation["id"]

    # Another page of the site, same tab: still the same conversation.
    page.goto(base + "/contact/")
    expect(log(page).locator(".chat-msg--parent .chat-msg__text")).to_have_text(["Eerste vraag over de zorgplicht"])

    # A new tab opened from this one gets a copy of sessionStorage, and with it the conversation.
    with page.context.expect_page() as new_tab:
        page.evaluate("window.open(location.origin + '/vragen/')")
    other = new_tab.value
    expect(other.locator("[data-chat-log] .chat-msg--parent .chat-msg__text")).to_have_text(
        ["Eerste vraag over de zorgplicht"])
    other.close()

    menu_button = panel(page).get_by_role("button", name="Opties")
    menu_button.click()
    expect(menu_button).to_have_attribute("aria-expanded", "true")
    panel(page).get_by_role("button", name="Gesprek verwijderen").click()
    expect(panel(page).locator("[data-chat-confirm]")).to_contain_text("Weet u het zeker?")
    # Changing one's mind keeps everything.
    panel(page).get_by_role("button", name="Nee, niet verwijderen").click()
    expect(panel(page).locator("[data-chat-confirm]")).to_be_hidden()
    assert stored(page) is not None
    panel(page).get_by_role("button", name="Gesprek verwijderen").click()
    panel(page).get_by_role("button", name="Ja, verwijderen").click()

    done = panel(page).locator("[data-chat-done]")
    expect(done).to_have_text(re.compile("Uw gesprek is verwijderd"))
    expect(done).to_be_focused()
    expect(log(page).locator(".chat-msg")).to_have_count(0)
    assert stored(page) is None
    assert api_get(page, conversation)["status"] == 404
    assert_accessible(page)

    page.reload()
    expect(log(page).locator(".chat-msg")).to_have_count(0)
    assert page.foreign_requests == []


def test_script_in_a_message_is_shown_as_text(page, portal):
    attack = "<img src=x onerror=window.__xss=1>"
    page.goto(portal.format(SITE) + "/")
    open_chat(page)
    send(page, attack)
    message = log(page).locator(".chat-msg--parent .chat-msg__text")
    expect(message).to_have_text(attack)
    assert log(page).locator("img").count() == 0
    page.wait_for_timeout(2000)  # a poll or two
    assert page.evaluate("typeof window.__xss") == "undefined"

    page.reload()  # restored from the API: still text
    expect(message).to_have_text(attack)
    page.wait_for_timeout(500)
    assert log(page).locator("img").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    # The "not reachable" text names /contact/: a path on the site becomes a link, built without HTML.
    expect(log(page).locator(".chat-msg--system a").first).to_have_attribute("href", "/contact/")
    assert page.foreign_requests == []


def test_assistant_buttons_and_links(page, portal):
    """The assistant's answer is stubbed (Rasa is not running): buttons send their payload with their title as
    text, links are made only of http(s) addresses and site paths, and its text is never HTML."""
    sent = []

    def assistant(route, request):
        if request.method != "POST":
            route.continue_()
            return
        body = json.loads(request.post_data)
        sent.append(body)
        number = 10_000_000 + 10 * len(sent)
        parent = {"id": number, "sender": "parent", "text": body["text"], "created": "2026-01-05T10:00:00+01:00",
                  "topic": None, "buttons": []}
        if len(sent) == 1:
            bot = {"id": number + 1, "sender": "bot", "created": "2026-01-05T10:00:01+01:00", "topic": "tlv",
                   "text": "Lees /vragen/tlv/ of https://www.example.org/tlv. Niet javascript:alert(1) "
                           "<b onmouseover=window.__xss=2>vet</b>",
                   "buttons": [{"title": "Ja, graag", "payload": "/affirm"}, {"title": "Nee", "payload": "/deny"}]}
        else:
            bot = {"id": number + 1, "sender": "bot", "text": "Prima.", "created": "2026-01-05T10:00:02+01:00",
                   "topic": None, "buttons": []}
        route.fulfill(status=200, content_type="application/json",
                      body=json.dumps({"state": "bot", "messages": [parent, bot]}))

    page.route(re.compile(r"/api/chat/conversations/[^/]+/messages/"), assistant)
    page.goto(portal.format(SITE) + "/")
    open_chat(page)
    page.get_by_label("Uw bericht").fill("Wat is een tlv?")
    page.keyboard.press("Enter")
    bot = log(page).locator(".chat-msg--bot")
    expect(bot).to_have_count(1)
    expect(bot.locator(".chat-msg__sender")).to_have_text("Digitale assistent")
    links = bot.locator("a")
    expect(links).to_have_count(2)
    assert [links.nth(i).get_attribute("href") for i in range(2)] == ["/vragen/tlv/", "https://www.example.org/tlv"]
    expect(bot).to_contain_text("<b onmouseover=window.__xss=2>vet</b>")
    assert bot.locator("b").count() == 0
    assert_accessible(page)

    bot.get_by_role("button", name="Ja, graag").click()
    expect(bot).to_have_count(2)
    assert sent[1] == {"text": "Ja, graag", "payload": "/affirm"}
    # Only the assistant's last answer keeps its buttons (the server takes no others).
    expect(log(page).get_by_role("button", name="Nee", exact=True)).to_have_count(0)
    expect(page.locator("#chat-input")).to_be_focused()
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_an_adviser_takes_over_and_closes(page, portal):
    """The Loket's side is stubbed (an adviser cannot log in here): waiting with an adviser online, then Anna
    answers while the panel is closed, then she closes the chat. Polling stops once it is closed."""
    loket = {"available": True, "open": True, "advisers_online": 1, "next_opening": None,
             "hours": [{"day": "maandag", "open": "09:00", "close": "17:00"}], "expected_wait_minutes": 4,
             "adviser": None, "summary": "", "summary_choice": None, "callback_left": False}
    script = {"state": "waiting", "loket": loket, "messages": []}
    polls = []

    def parent_message(text):
        return {"id": 11, "sender": "parent", "text": text, "created": "2026-01-05T10:00:00+01:00", "topic": None,
                "buttons": []}

    def api(route, request):
        url = request.url
        if url.endswith("/api/chat/conversations/"):
            body = {"id": "stub1", "token": "stubtoken", "state": "bot", "messages": []}
            route.fulfill(status=201, content_type="application/json", body=json.dumps(body))
        elif request.method == "POST" and url.endswith("/messages/"):
            assert request.headers["x-chat-token"] == "stubtoken"
            text = json.loads(request.post_data)["text"]
            system = {"id": 12, "sender": "system", "text": "Een adviseur van het Loket neemt dit gesprek over.",
                      "created": "2026-01-05T10:00:01+01:00", "topic": None, "buttons": []}
            route.fulfill(status=200, content_type="application/json", body=json.dumps(
                {"state": "waiting", "loket": loket, "messages": [parent_message(text), system]}))
        elif request.method == "GET":
            polls.append(url)
            route.fulfill(status=200, content_type="application/json", body=json.dumps(script))
        else:
            route.continue_()

    page.route(re.compile(r"/api/chat/conversations/"), api)
    page.goto(portal.format(SITE) + "/")
    open_chat(page)
    page.get_by_label("Uw bericht").fill("Ik wil een adviseur")
    page.keyboard.press("Enter")
    banner = panel(page).locator("[data-chat-banner]")
    expect(banner).to_have_text(re.compile("Een adviseur neemt het gesprek over; meestal binnen 4 minuten"))
    expect(panel(page).get_by_role("button", name="Praat met een adviseur")).to_be_hidden()
    expect(panel(page).locator("[data-chat-callback]")).to_be_hidden()
    assert page.evaluate("window.scrollY") == 0, "the page scrolled under the chat"

    # Closed panel, still waiting: polling goes on and the launcher tells of a new message.
    page.keyboard.press("Escape")
    script.update(state="staff", loket={**loket, "adviser": "Anna"}, messages=[
        {"id": 13, "sender": "system", "text": "Anna van het Loket is er nu en leest uw gesprek.",
         "created": "2026-01-05T10:01:00+01:00", "topic": None, "buttons": []},
        {"id": 14, "sender": "staff", "author": "Anna", "text": "Goedemorgen, waar kan ik u mee helpen?",
         "created": "2026-01-05T10:01:10+01:00", "topic": None, "buttons": []}])
    launcher = page.locator("[data-chat-launcher]")
    expect(launcher).to_have_accessible_name(re.compile("nieuw bericht"))
    # The cursor moves only with what polls returned (a send's answer could skip an adviser's reply written
    # just before it): after the poll that brought 13 and 14, the next asks for what comes after 14.
    for _ in range(40):
        if any(url.endswith("?after=14") for url in polls):
            break
        page.wait_for_timeout(100)
    assert any(url.endswith("?after=14") for url in polls), "the poll asks only for what is new"
    assert not any(url.endswith("?after=12") for url in polls), "a send's answer moved the poll cursor"
    script.update(messages=[])
    launcher.click()
    expect(launcher).to_have_accessible_name("Stel uw vraag")
    expect(banner).to_have_text("Anna van het Loket praat nu met u.")
    staff = log(page).locator(".chat-msg--staff")
    expect(staff.locator(".chat-msg__sender")).to_have_text("Anna van het Loket")
    expect(staff.locator(".chat-msg__text")).to_have_text("Goedemorgen, waar kan ik u mee helpen?")
    assert_accessible(page)

    script.update(state="closed", loket=None, messages=[
        {"id": 15, "sender": "system", "text": "Dit gesprek is afgesloten.", "created": "2026-01-05T10:05:00+01:00",
         "topic": None, "buttons": []}])
    expect(panel(page).locator("[data-chat-rating]")).to_be_visible()
    expect(banner).to_be_hidden()
    count = len(polls)
    page.wait_for_timeout(3500)
    assert len(polls) == count, "still polling a closed conversation"


def test_end_rate_and_start_again(page, portal):
    page.goto(portal.format(SITE) + "/")
    open_chat(page)
    send(page, "Ik heb mijn antwoord al")
    panel(page).get_by_role("button", name="Opties").click()
    panel(page).get_by_role("button", name="Gesprek beëindigen").click()
    expect(log(page)).to_contain_text("Dit gesprek is afgesloten")
    rating = panel(page).locator("[data-chat-rating]")
    expect(rating).to_be_visible()
    expect(panel(page).locator("[data-chat-form]")).to_be_hidden()
    expect(rating.get_by_role("radio", name="1", exact=True)).to_be_focused()
    assert_accessible(page)

    page.keyboard.press("ArrowDown")  # the radio group: arrow keys move and choose
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    expect(rating.get_by_role("radio", name="4", exact=True)).to_be_checked()
    rating.get_by_role("button", name="Cijfer geven").click()
    expect(panel(page).locator("[data-chat-rating-thanks]")).to_be_focused()
    expect(rating).to_be_hidden()

    page.get_by_role("button", name="Nieuw gesprek").click()
    assert stored(page) is None
    expect(log(page).locator(".chat-msg")).to_have_count(0)
    expect(page.locator("#chat-input")).to_be_focused()
    expect(panel(page).get_by_role("button", name="Praat met een adviseur")).to_be_visible()


def test_errors_of_the_api_are_shown(page, portal):
    page.goto(portal.format(SITE) + "/")
    page.route("**/api/chat/conversations/", lambda route: route.fulfill(
        status=429, content_type="application/json",
        body=json.dumps({"error": "Er zijn veel gesprekken gestart vanaf uw verbinding. Probeer het later opnieuw."})))
    open_chat(page)
    page.get_by_label("Uw bericht").fill("Hallo")
    page.keyboard.press("Enter")
    error = panel(page).get_by_role("alert")
    expect(error).to_have_text("Er zijn veel gesprekken gestart vanaf uw verbinding. Probeer het later opnieuw.")
    expect(page.locator("#chat-input")).to_have_value("Hallo")  # nothing typed is lost
    assert stored(page) is None


def test_panel_fills_a_narrow_window_and_respects_reduced_motion(page, portal):
    page.set_viewport_size({"width": 320, "height": 480})  # 1280 px at 400% zoom
    page.emulate_media(reduced_motion="reduce")
    page.goto(portal.format(SITE) + "/")
    open_chat(page)
    box = panel(page).bounding_box()
    assert box["x"] == 0 and box["width"] == 320
    # Nothing in the panel scrolls sideways (the site's header is another matter, see the report).
    assert page.evaluate("(p => p.scrollWidth <= p.clientWidth)(document.querySelector('#chat-panel'))")
    assert page.evaluate("getComputedStyle(document.querySelector('#chat-panel')).animationName") == "none"
    expect(page.get_by_label("Uw bericht")).to_be_in_viewport()
    assert_accessible(page)
    page.keyboard.press("Escape")
    expect(panel(page)).to_be_hidden()


def test_callback_page_without_javascript(page_without_js, portal):
    page = page_without_js
    page.goto(portal.format(SITE) + "/")
    expect(page.locator("#chat-panel")).to_be_hidden()
    expect(page.locator("[data-chat-launcher]")).to_be_hidden()
    assert "{#" not in page.locator("body").inner_text(), "a template comment shows on the page"
    page.get_by_role("link", name="Chat of terugbelverzoek").click()
    page.wait_for_url("**/terugbellen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Chat of terugbelverzoek")
    expect(page.locator("main")).to_contain_text("Het Loket heeft geen vaste chattijden.")

    form = page.locator("form.callback-form")
    form.get_by_role("button", name="Terugbelverzoek versturen").click()
    page.wait_for_load_state()
    expect(page.get_by_role("alert")).to_contain_text("Vul uw naam in")
    expect(form.get_by_label("Naam (verplicht)")).to_have_attribute("aria-invalid", "true")
    expect(form.get_by_label("Naam (verplicht)")).to_have_attribute("aria-describedby", "tb-name-hulp tb-name-fout")

    form.get_by_label("Naam (verplicht)").fill("Sanne")
    form.get_by_label("Telefoonnummer").fill("geen nummer")
    form.get_by_label(re.compile("Waar gaat uw vraag over")).fill("Over de tlv")
    with page.expect_response("**/terugbellen/") as answer:
        form.get_by_role("button", name="Terugbelverzoek versturen").click()
    assert answer.value.status == 200
    expect(page.get_by_role("alert")).to_contain_text("Dit telefoonnummer klopt niet")
    # What the parent typed is still there.
    expect(form.get_by_label("Naam (verplicht)")).to_have_value("Sanne")
    expect(form.get_by_label(re.compile("Waar gaat uw vraag over"))).to_have_value("Over de tlv")
    expect(form.get_by_label("Telefoonnummer")).to_have_attribute("aria-invalid", "true")

    form.get_by_label("Telefoonnummer").fill("")
    form.get_by_label("E-mailadres").fill("sanne@example.org")
    form.get_by_role("button", name="Terugbelverzoek versturen").click()
    page.wait_for_url("**/terugbellen/?verzonden=1")
    expect(page.locator("main").get_by_role("status")).to_contain_text("Uw terugbelverzoek is bij het Loket")
    expect(page.locator("form.callback-form")).to_have_count(0)
    assert page.foreign_requests == []


def test_callback_page_is_accessible_with_an_error(page, portal):
    page.goto(portal.format(SITE) + "/terugbellen/")
    assert_accessible(page)
    form = page.locator("form.callback-form")
    form.get_by_label("Naam (verplicht)").fill("Sanne")
    form.get_by_role("button", name="Terugbelverzoek versturen").click()
    page.wait_for_load_state()
    expect(page.locator(".form-errors")).to_contain_text("telefoonnummer of een e-mailadres")
    expect(page.locator(".form-errors a")).to_have_attribute("href", "#tb-phone")
    assert_accessible(page)


def test_callback_form_needs_its_csrf_token(page, portal):
    page.goto(portal.format(SITE) + "/terugbellen/")
    status = page.evaluate("""async () => (await fetch("/terugbellen/", {
        method: "POST", credentials: "omit", body: new URLSearchParams({name: "Sanne", email: "sanne@example.org"}),
    })).status""")
    assert status == 403
