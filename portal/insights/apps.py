from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "portal.insights"
    label = "insights"
    verbose_name = "Inzichten"

    def ready(self):
        from . import daily  # noqa: F401  (connects to the chat purge)
