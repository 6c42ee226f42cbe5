"""A short fixed text for a parent who writes in a language other than Dutch or English, in that language: the
assistant answers in Dutch and English, gives the English answer when it can tell the topic, and offers an adviser
or a call-back. Simple sentences, written for these languages one by one; any other language gets the English text.
A test checks that each is in its own script and is detected as its own language (actions/language.py)."""

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from . import messages
from .answers import send_crisis_if_needed, topic_answer, topic_behind_the_case
from .site import parent_language, site_of

# code: (what the assistant can do, the answer follows in English, write in English or Dutch, adviser or call-back,
#        the button for an adviser or a call-back)
TEXTS = {
    "en": ("I can answer in Dutch and English.",
           "Here is the answer in English.",
           "Please write your question in English or Dutch.",
           "Would you like to talk to an adviser, or leave a phone number so that we can call you back?",
           "Talk to an adviser or get a call back"),
    "ar": ("أستطيع الإجابة باللغة الهولندية واللغة الإنجليزية.",
           "هذه هي الإجابة باللغة الإنجليزية.",
           "من فضلك اكتب سؤالك باللغة الإنجليزية أو الهولندية.",
           "هل تريد التحدث مع مستشار، أو ترك رقم هاتفك لنتصل بك؟",
           "التحدث مع مستشار أو طلب اتصال"),
    "tr": ("Hollandaca ve İngilizce cevap verebilirim.",
           "İşte İngilizce cevap.",
           "Lütfen sorunuzu İngilizce veya Hollandaca yazın.",
           "Bir danışmanla konuşmak mı istersiniz, yoksa sizi geri aramamız için telefon numaranızı mı bırakmak "
           "istersiniz?",
           "Danışmanla konuşmak veya geri aranmak"),
    "pl": ("Mogę odpowiadać po niderlandzku i po angielsku.",
           "Oto odpowiedź po angielsku.",
           "Proszę napisać pytanie po angielsku lub po niderlandzku.",
           "Czy chcesz porozmawiać z doradcą albo zostawić numer telefonu, żebyśmy oddzwonili?",
           "Rozmowa z doradcą lub prośba o telefon"),
    "uk": ("Я можу відповідати нідерландською та англійською мовами.",
           "Ось відповідь англійською мовою.",
           "Будь ласка, напишіть своє запитання англійською або нідерландською мовою.",
           "Бажаєте поговорити з консультантом або залишити номер телефону, щоб ми вам передзвонили?",
           "Розмова з консультантом або дзвінок"),
    "ru": ("Я могу отвечать на нидерландском и английском языках.",
           "Вот ответ на английском языке.",
           "Пожалуйста, напишите свой вопрос на английском или нидерландском языке.",
           "Хотите поговорить с консультантом или оставить номер телефона, чтобы мы вам перезвонили?",
           "Разговор с консультантом или звонок"),
    "de": ("Ich kann auf Niederländisch und Englisch antworten.",
           "Hier ist die Antwort auf Englisch.",
           "Bitte schreiben Sie Ihre Frage auf Englisch oder Niederländisch.",
           "Möchten Sie mit einer Beraterin oder einem Berater sprechen, oder Ihre Telefonnummer hinterlassen, damit "
           "wir Sie zurückrufen?",
           "Mit jemandem sprechen oder einen Rückruf bekommen"),
    "fr": ("Je peux répondre en néerlandais et en anglais.",
           "Voici la réponse en anglais.",
           "Écrivez votre question en anglais ou en néerlandais, s'il vous plaît.",
           "Voulez-vous parler à un conseiller, ou laisser votre numéro de téléphone pour que nous vous rappelions ?",
           "Parler à un conseiller ou être rappelé"),
    "es": ("Puedo responder en neerlandés y en inglés.",
           "Aquí tiene la respuesta en inglés.",
           "Por favor, escriba su pregunta en inglés o en neerlandés.",
           "¿Quiere hablar con un asesor o dejar su número de teléfono para que le llamemos?",
           "Hablar con un asesor o recibir una llamada"),
}


def other_language_message(lang: str, *, with_answer: bool) -> dict:
    can, here_is, write, person, button = TEXTS.get(lang, TEXTS["en"])
    text = " ".join([can, here_is if with_answer else write, person])
    return messages.message(text, topic="other_language", lang=lang if lang in TEXTS else "en",
                            buttons=[{"title": button, "payload": "/request_human"}])


class ActionOtherLanguage(Action):
    """The short text in the parent's own language, then the English answer when the classifier was sure of the
    topic (a Dutch term such as "TLV" in a Turkish sentence)."""

    def name(self) -> str:
        return "action_other_language"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list:
        if send_crisis_if_needed(tracker, dispatcher):
            return []
        key = topic_behind_the_case(tracker.latest_message.get("intent_ranking") or [])
        answer = await topic_answer(key, site=site_of(tracker), lang="en") if key else None
        with_answer = bool(answer) and answer["topic"] == key
        dispatcher.utter_message(json_message=other_language_message(parent_language(tracker),
                                                                     with_answer=with_answer))
        if with_answer:
            dispatcher.utter_message(json_message=answer)
        return []
