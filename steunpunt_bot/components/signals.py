"""Signals that decide the intent whatever the classifier thought (the words live in actions/safety.py, which the
actions and the portal check too): a parent's own story with a request for help means personal_case (an adviser
takes over), a request for a person means request_human, and distress words mean crisis. A longer story about the
parent's own child that the classifier could not place is taken as personal_case too. Crisis is applied last, so it
wins; the crisis path never depends on a confidence."""

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions.safety import asks_for_person, is_crisis, is_personal_case, is_unclear_own_story

# In this order, so that the last that applies wins: crisis over everything.
SIGNALS = [("personal_case", is_personal_case), ("request_human", asks_for_person), ("crisis", is_crisis)]
NOT_UNDERSTOOD = "nlu_fallback"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class IntentSignals(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "IntentSignals":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            unsure = (message.get(INTENT) or {}).get("name") == NOT_UNDERSTOOD
            if unsure and is_unclear_own_story(text):
                self._decide(message, "personal_case")
            for name, applies in SIGNALS:
                if applies(text):
                    self._decide(message, name)
        return messages

    @staticmethod
    def _decide(message: Message, name: str) -> None:
        intent = {"name": name, "confidence": 1.0}
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != name]
        message.set(INTENT, intent, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
