"""The messages the actions send: always a REST custom payload {text, buttons, topic} (the portal relies on it)."""

from .topics import TOPIC_LABELS

CONTACT_ROUTE = "Kijk op de contactpagina van deze site, /contact/, om het Loket te bereiken."


def message(text: str, *, topic: str, buttons: list[dict] | None = None, **extra) -> dict:
    return {"text": text, "buttons": buttons or [], "topic": topic, **extra}


def topic_buttons(keys) -> list[dict]:
    return [{"title": TOPIC_LABELS[key], "payload": f"/{key}"} for key in keys if key in TOPIC_LABELS]


def portal_unavailable() -> dict:
    return message(
        "Sorry, het lukt me nu even niet om het antwoord op te halen. Probeer het over een paar minuten nog eens. "
        + CONTACT_ROUTE,
        topic="fallback",
    )


def no_answer_here() -> dict:
    return message("Daar heb ik op deze site nog geen antwoord over. " + CONTACT_ROUTE, topic="fallback")


HUMAN_BUTTON = {"title": "Een adviseur spreken", "payload": "/request_human"}
