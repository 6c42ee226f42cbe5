"""The messages the actions send: always a REST custom payload {text, buttons, topic, lang} (the portal relies on it).

Every fixed text of the actions is here, in Dutch and in English (the domain's responses have their English
variation in domain.yml); the short texts in other languages are in other_languages.py."""

from .topics import TOPIC_LABELS

# The topics' labels on buttons in English (the Dutch ones come from the answers library, topics.json); a Dutch term
# stays where the parent meets it in letters, with the English beside it.
TOPIC_LABELS_EN = {
    "passend_onderwijs": "Passend onderwijs and the samenwerkingsverband",
    "zorgplicht": "The school's duty of care (zorgplicht)",
    "zorgplicht_termijn": "How long the school may take to decide",
    "aanmelden": "Applying to a school",
    "basisondersteuning": "Basic support at every school",
    "extra_ondersteuning": "Extra support and arrangements",
    "ondersteuningsprofiel": "The school's support profile",
    "opp": "The development plan (OPP)",
    "tlv": "The TLV for special education",
    "tlv_aanvragen": "Applying for a TLV",
    "tlv_duur": "How long a TLV is valid",
    "bezwaar_tlv": "Objecting to a TLV decision",
    "bezwaar_school": "Disagreeing with the school",
    "geschillencommissie": "The disputes committee (Geschillencommissie)",
    "klacht": "Making a complaint",
    "onderwijsconsulent": "The education consultant (onderwijsconsulent)",
    "thuiszitten": "A child who stays at home (thuiszitter)",
    "leerplicht": "Compulsory education (leerplicht)",
    "aangepast_rooster": "A shorter or adapted timetable",
    "overstap_po_vo": "From primary to secondary school",
    "speciaal_onderwijs": "Special education (speciaal onderwijs)",
    "pro_lwoo": "Praktijkonderwijs and lwoo",
    "terugplaatsing": "Going back to a regular school",
    "jeugdhulp": "Youth care (jeugdhulp) and school",
    "leerlingenvervoer": "School transport",
    "hoogbegaafdheid": "Gifted children",
    "dyslexie": "Dyslexia and dyscalculia",
    "ziek_kind": "A child who is ill",
    "steunpunt": "The parent and youth support point",
    "contact_loket": "Contacting the Loket",
    "opr": "The parents' council (OPR)",
    "privacy": "Privacy and your child's data",
    "school_zoeken": "Finding a school",
}

TEXTS = {
    "nl": {
        "contact_route": "Kijk op de contactpagina van deze site, /contact/, om het Loket te bereiken.",
        "portal_unavailable": "Sorry, het lukt me nu even niet om het antwoord op te halen. Probeer het over een "
                              "paar minuten nog eens.",
        "no_answer_here": "Daar heb ik op deze site nog geen antwoord over.",
        "read_more": "Lees het hele antwoord: {url}",
        "general_first": "Alvast de algemene informatie: ",
        "human": "Een adviseur spreken",
        "handoff_not_understood": "Het lukt me niet goed om uw vraag te begrijpen. Ik vraag een adviseur van het "
                                  "Loket om u verder te helpen. Blijf gerust in dit venster. Is er nu niemand, dan "
                                  "kunt u hier een terugbelverzoek achterlaten.",
        "or_one_of_these": "Of gaat uw vraag toch over een van deze onderwerpen?",
        "one_of_these": "Ik weet niet zeker wat u bedoelt. Gaat uw vraag over een van deze onderwerpen?",
        "say_it_otherwise": "Ik weet niet zeker wat u bedoelt. Kunt u uw vraag anders zeggen?",
        "no_schools": "Ik vond geen scholen die hierbij passen. Probeer het met andere woorden, of zoek zelf met de "
                      "filters van de schoolzoeker: {link}",
        "these_schools": "Deze scholen passen bij uw vraag:",
        "found_schools": "Ik vond {count} scholen. De eerste {shown}:",
        "compare_schools": "Bekijk en vergelijk alle scholen: {link}",
        "search_unavailable": "Zoeken naar scholen lukt in de chat nu even niet. Op de pagina Scholen zoeken van "
                              "deze site kunt u zelf zoeken en vergelijken: {link}",
    },
    "en": {
        "contact_route": "See the contact page of this site, /contact/, to reach the Loket.",
        "portal_unavailable": "Sorry, I cannot fetch the answer right now. Please try again in a few minutes.",
        "no_answer_here": "I do not have an answer about that on this site yet.",
        "read_more": "Read the full answer: {url}",
        "general_first": "First, the general information: ",
        "human": "Talk to an adviser",
        "handoff_not_understood": "I am having trouble understanding your question. I am asking an adviser of the "
                                  "Loket to help you further. Please stay in this window. If nobody is available "
                                  "now, you can leave a request here to be called back.",
        "or_one_of_these": "Or is your question about one of these topics after all?",
        "one_of_these": "I am not sure what you mean. Is your question about one of these topics?",
        "say_it_otherwise": "I am not sure what you mean. Could you say your question in another way?",
        "no_schools": "I did not find any schools that match. Try other words, or search yourself with the filters "
                      "of the school search: {link}",
        "these_schools": "These schools match your question:",
        "found_schools": "I found {count} schools. The first {shown}:",
        "compare_schools": "See and compare all schools: {link}",
        "search_unavailable": "Searching for schools does not work in the chat right now. On the page Scholen "
                              "zoeken (find schools) of this site you can search and compare yourself: {link}",
        # The portal's answers API has no English version of this answer yet: the Dutch one, said so in English.
        "dutch_only": "This answer is not available in English yet. Here it is in Dutch:",
        "dutch_page": "Read the full answer (in Dutch): {url}",
    },
}


def text(name: str, lang: str, **values) -> str:
    template = TEXTS["en" if lang == "en" else "nl"][name]
    return template.format(**values) if values else template


def message(text: str, *, topic: str, buttons: list[dict] | None = None, lang: str = "nl", **extra) -> dict:
    return {"text": text, "buttons": buttons or [], "topic": topic, "lang": lang, **extra}


def topic_buttons(keys, lang: str = "nl") -> list[dict]:
    labels = TOPIC_LABELS_EN if lang == "en" else TOPIC_LABELS
    return [{"title": labels[key], "payload": f"/{key}"} for key in keys if key in labels]


def human_button(lang: str = "nl") -> dict:
    return {"title": text("human", lang), "payload": "/request_human"}


def portal_unavailable(lang: str = "nl") -> dict:
    return message(text("portal_unavailable", lang) + " " + text("contact_route", lang), topic="fallback", lang=lang)


def no_answer_here(lang: str = "nl") -> dict:
    return message(text("no_answer_here", lang) + " " + text("contact_route", lang), topic="fallback", lang=lang)


def answer_text(answer: dict, lang: str) -> tuple[str, str]:
    """The short answer with its link, and the language it is in. An English answer was asked for when `lang` is
    "en"; the portal says which language it gave ("lang"), and one that does not say gave Dutch."""
    given = answer.get("lang") or "nl"
    short = answer["short"].strip()
    url = answer.get("url")
    if lang == "en" and given != "en":
        body = text("dutch_only", "en") + "\n\n" + short
        return body + ("\n\n" + text("dutch_page", "en", url=url) if url else ""), "nl"
    return short + ("\n\n" + text("read_more", lang, url=url) if url else ""), given
