"""The language of the parent's message, for the answer: the portal sends it as metadata {"lang": ...} (it knows the
conversation's language, so a short "ok" keeps it); without it (rasa shell, tests) the message's own language is
used, when it can be told (actions/language.py).

It becomes the entity `language` ("nl" or "en"), which fills the slot of that name: the domain's responses have an
English variation on it, and the actions read it too. A message in another language becomes the intent
other_language, which answers with a short text in that language; the signals that run after this component still
apply, so distress words always get the crisis message."""

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, METADATA, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions.language import language_of, reply_language

OTHER_LANGUAGE = "other_language"


def message_language(message: Message) -> str | None:
    return (message.get(METADATA) or {}).get("lang") or language_of(message.get(TEXT))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class MessageLanguage(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "MessageLanguage":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            lang = message_language(message)
            if not lang:
                continue  # the conversation keeps its language (the slot)
            entity = {"entity": "language", "value": reply_language(lang), "start": 0, "end": 0,
                      "extractor": type(self).__name__}
            message.set(ENTITIES, [*(message.get(ENTITIES) or []), entity], add_to_output=True)
            if reply_language(lang) != lang:
                # The classifier's ranking stays below it: the action offers the English answer of a topic it was
                # sure of.
                intent = {"name": OTHER_LANGUAGE, "confidence": 1.0}
                ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != OTHER_LANGUAGE]
                message.set(INTENT, intent, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
        return messages
