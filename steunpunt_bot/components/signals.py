"""Signals that decide the intent whatever the classifier thought (the words live in actions/safety.py, which the
actions check too): a parent's own story with a request for help means personal_case (an adviser takes over), and
distress words mean crisis. Crisis is applied last, so it wins; the crisis path never depends on a confidence."""

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions.safety import is_crisis, is_personal_case

SIGNALS = [("personal_case", is_personal_case), ("crisis", is_crisis)]


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class IntentSignals(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "IntentSignals":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            for name, applies in SIGNALS:
                if applies(message.get(TEXT)):
                    intent = {"name": name, "confidence": 1.0}
                    ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != name]
                    message.set(INTENT, intent, add_to_output=True)
                    message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
        return messages
