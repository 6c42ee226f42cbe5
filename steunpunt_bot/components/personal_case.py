"""A parent's own child's story that asks what to do means the personal_case intent (hand over to an adviser),
whatever the classifier thought: such stories are full of topic words and would get a topic answer."""

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from actions.safety import is_personal_case

PERSONAL_CASE_INTENT = "personal_case"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class PersonalCaseOverride(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "PersonalCaseOverride":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            if is_personal_case(message.get(TEXT)):
                intent = {"name": PERSONAL_CASE_INTENT, "confidence": 1.0}
                ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != PERSONAL_CASE_INTENT]
                message.set(INTENT, intent, add_to_output=True)
                message.set(INTENT_RANKING_KEY, [intent, *ranking], add_to_output=True)
        return messages
