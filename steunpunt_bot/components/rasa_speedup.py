"""Two fixed costs that Rasa 3.6 pays on every chat turn, measured with py-spy at 20 concurrent chats:

- Every action server response is checked with `jsonschema.validate`, which first validates Rasa's own constant
  response schema against the JSON Schema metaschema, on every call: two thirds of the Rasa server's CPU per turn.
  Here the schema is compiled once; every response is still validated against it.
- Every event read back from the tracker store looks its class up by walking all subclasses of `Event` (~7 %).
  Here the first class found for a type name is remembered; unknown names still go through Rasa's own lookup.

Imported by the components package, so it applies wherever the model is loaded (the Rasa server, tests, training).
"""

from functools import lru_cache

from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses

_original_validate = RemoteAction._validate_action_result
_original_resolve = Event.resolve_by_type


@lru_cache(maxsize=1)
def _response_validator():
    schema = RemoteAction.action_response_format_spec()
    return validator_for(schema)(schema)


def _validate_action_result(self, result):
    try:
        _response_validator().validate(result)
    except ValidationError:
        # The original builds Rasa's own explanatory error message.
        return _original_validate(self, result)
    return True


_event_classes: dict = {}


def _resolve_by_type(type_name, default=None):
    if not _event_classes:
        for cls in all_subclasses(Event):
            _event_classes.setdefault(cls.type_name, cls)
    return _event_classes.get(type_name) or _original_resolve(type_name, default)


RemoteAction._validate_action_result = _validate_action_result
Event.resolve_by_type = staticmethod(_resolve_by_type)
