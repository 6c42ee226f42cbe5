"""An answer's full text as clean HTML, the same for the page, the bot and the search index."""

from django.utils.html import strip_tags

from portal.core.blocks import render_stream


def answer_body_html(answer) -> str:
    # Rich text blocks clean themselves (core.blocks.CleanRichTextBlock); the block templates are ours.
    return render_stream(answer.body).strip()


def answer_text(answer) -> str:
    return " ".join(strip_tags(answer_body_html(answer)).split())
