"""Two fixed costs that Rasa 3.6 pays on every chat turn, measured with py-spy at 20 concurrent chats:

- Every action server response is checked with `jsonschema.validate`, which first validates Rasa's own constant
  response schema against the JSON Schema metaschema, on every call: two thirds of the Rasa server's CPU per turn.
  Here the schema is compiled once; every response is still validated against it.
- Every event read back from the tracker store looks its class up by walking all subclasses of `Event` (~7 %).
  Here the first class found for a type name is remembered; unknown names still go through Rasa's own lookup.
- Every graph run (twice per turn: understanding the message, choosing the action) hands the graph to dask, which
  orders and schedules its dozen nodes (~12 % of a turn's CPU in the Rasa server, py-spy, 2026-12-05). Here the nodes a
  target needs are called directly, each once, in dependency order, as dask's synchronous scheduler would.

Imported by the components package where rasa.core.agent is loaded, so it applies wherever a model is loaded and run
(the Rasa server, the tools and tests that load an agent); see components/__init__.py.
"""

from functools import lru_cache

from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner
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


def _run_graph(self, inputs=None, targets=None):
    """DaskGraphRunner.run without dask: the same nodes, called with the same inputs, the same results."""
    inputs = inputs or {}
    for name, value in inputs.items():
        if isinstance(value, str) and value in self._graph_schema.nodes:
            return _original_run(self, inputs, targets)  # Rasa's own error for an input that names a node
    results = {}

    def result(name):
        if name not in results:
            if name in inputs:
                results[name] = (name, inputs[name])
            elif name in self._instantiated_nodes:
                needs = self._graph_schema.nodes[name].needs.values()
                results[name] = self._instantiated_nodes[name](*(result(need) for need in needs))
            else:  # not a node: dask passes such a value on as it is
                return name
        return results[name]

    try:
        return dict(result(target) for target in (targets or self._graph_schema.target_names))
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e


_original_run = DaskGraphRunner.run
DaskGraphRunner.run = _run_graph
