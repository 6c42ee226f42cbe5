from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "portal.learning"
    label = "learning"
    verbose_name = "Leren van gesprekken"

    def ready(self):
        from . import selection  # noqa: F401  (its receivers keep the review list in step with the chat)
