"""Rasa 3.6 checks every action server response with `jsonschema.validate`, which first validates the response
schema itself against the JSON Schema metaschema, on every call. Measured with py-spy at 20 concurrent chats, that
was two thirds of the Rasa server's CPU time per chat turn. Here the same schema is compiled once and every response
is still validated against it; only the repeated check of Rasa's own constant schema goes.

Imported by the components package, so it applies wherever the model is loaded (the Rasa server, tests, training).
"""

from functools import lru_cache

from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction

_original = RemoteAction._validate_action_result


@lru_cache(maxsize=1)
def _response_validator():
    schema = RemoteAction.action_response_format_spec()
    return validator_for(schema)(schema)


def _validate_action_result(self, result):
    try:
        _response_validator().validate(result)
    except ValidationError:
        # The original builds Rasa's own explanatory error message.
        return _original(self, result)
    return True


RemoteAction._validate_action_result = _validate_action_result
