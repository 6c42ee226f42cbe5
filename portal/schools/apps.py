from django.apps import AppConfig


class SchoolsConfig(AppConfig):
    name = "portal.schools"
    label = "schools"
    verbose_name = "Scholen"

    def ready(self):
        from . import signals  # noqa: F401
