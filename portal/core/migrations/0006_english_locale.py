"""The English locale beside the Dutch one that Wagtail made: English pages are translations of the Dutch ones."""

from django.db import migrations


def add_english(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="en")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_glossary_site_and_topic"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(add_english, migrations.RunPython.noop)]
