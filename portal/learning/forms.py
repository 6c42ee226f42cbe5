"""The label form of the review list: one select (the right topic or another label), the de-identified text that
staff may edit, and a note."""

from django import forms

from portal.answers.models import Topic

from .deidentify import deidentify
from .models import LabelledExample

Label = LabelledExample.Label
OTHER_LABELS = [(Label.OUT_OF_SCOPE, "Buiten bereik: niet over onderwijs of ondersteuning"),
                (Label.NEEDS_PERSON, "Heeft een persoon nodig"),
                (Label.NEW_TOPIC, "Nieuw onderwerp (schrijf erbij welk)")]
TEXT_MAX = 2000


def label_choices():
    topics = [(f"topic:{key}", label) for key, label in Topic.objects.order_by("label").values_list("key", "label")]
    return [("", "Kies een label…"), ("Het goede onderwerp", topics), ("Anders", [(v, t) for v, t in OTHER_LABELS])]


def options_html(choices) -> str:
    """The label's <optgroup>s with nothing chosen, written once for all the forms of a page."""
    from django.utils.html import format_html, format_html_join
    from django.utils.safestring import mark_safe

    return mark_safe("".join(
        format_html('<optgroup label="{}">{}</optgroup>', group,
                    format_html_join("", '<option value="{}">{}</option>', options))
        for group, options in choices[1:]))


class LabelForm(forms.Form):
    label = forms.ChoiceField(label="Label", error_messages={"required": "Kies een label.",
                                                             "invalid_choice": "Kies een label uit de lijst."})
    text = forms.CharField(label="Tekst zonder persoonsgegevens", max_length=TEXT_MAX, strip=True,
                           widget=forms.Textarea(attrs={"rows": 3}),
                           error_messages={"required": "De tekst mag niet leeg zijn.",
                                           "max_length": "De tekst is te lang: hoogstens 2000 tekens."})
    note = forms.CharField(label="Notitie", max_length=500, required=False, strip=True,
                           error_messages={"max_length": "De notitie is te lang: hoogstens 500 tekens."})
    checked = forms.BooleanField(label="Ik heb de tekst nagekeken: er staan geen persoonsgegevens in", required=False)

    def __init__(self, *args, choices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["label"].choices = choices or label_choices()
        self.groups = self.fields["label"].choices[1:]
        self.suggestion = ""

    def clean(self):
        data = super().clean()
        value = data.get("label") or ""
        if value.startswith("topic:"):
            data["topic"] = Topic.objects.filter(key=value.removeprefix("topic:")).first()
            data["kind"] = Label.TOPIC
            if data["topic"] is None:
                self.add_error("label", "Dit onderwerp bestaat niet meer. Kies een ander.")
        elif value:
            data["topic"], data["kind"] = None, value
        if data.get("kind") == Label.NEW_TOPIC and not data.get("note"):
            self.add_error("note", "Schrijf in de notitie welk nieuw onderwerp dit is.")
        text = data.get("text")
        if text and not data.get("checked"):
            # Staff may have typed something back that looks personal: say so, and show what we would make of it.
            cleaned = deidentify(text)
            if cleaned != text:
                self.suggestion = cleaned
                self.add_error("text", "Er staan misschien nog persoonsgegevens in de tekst, zoals een naam, een "
                                       "nummer of een school. Pas de tekst aan, of zet een vinkje als u zeker weet "
                                       "dat het geen persoonsgegevens zijn.")
        return data
