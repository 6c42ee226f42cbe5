"""StreamField blocks shared by the page types and the answers library."""

from django.utils.safestring import mark_safe
from wagtail import blocks

from .sanitize import clean_rich_text

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class CleanRichTextBlock(blocks.RichTextBlock):
    """Rich text that is cleaned by the allow-list every time it is rendered."""

    def render_basic(self, value, context=None):
        return mark_safe(clean_rich_text(value.source))


class CalloutBlock(blocks.StructBlock):
    """A highlighted remark: a tip, a warning or a deadline."""

    kind = blocks.ChoiceBlock(
        choices=[("tip", "Tip"), ("let-op", "Let op"), ("termijn", "Termijn")], default="tip", label="Soort"
    )
    text = CleanRichTextBlock(features=["bold", "italic", "link"], label="Tekst")

    class Meta:
        template = "blocks/callout.html"
        icon = "warning"
        label = "Opvallende tekst"


class StepBlock(blocks.StructBlock):
    """One step of a procedure: who does what, when, before which deadline, with which documents."""

    who = blocks.CharBlock(label="Wie", max_length=120)
    what = blocks.TextBlock(label="Wat gebeurt er")
    when = blocks.CharBlock(label="Wanneer", required=False, max_length=250)
    deadline = blocks.CharBlock(label="Termijn", required=False, max_length=250)
    documents = blocks.ListBlock(blocks.CharBlock(max_length=200), label="Documenten", required=False)

    class Meta:
        template = "blocks/step.html"
        icon = "list-ol"
        label = "Stap"


class BodyBlock(blocks.StreamBlock):
    paragraph = CleanRichTextBlock(features=RICH_TEXT_FEATURES, label="Tekst")
    callout = CalloutBlock()


def render_stream(stream) -> str:
    """A StreamField's blocks rendered to one HTML string: for pages that filter it further, the bot and search."""
    return "".join(str(child.render()) for child in stream)
