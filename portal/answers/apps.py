from django.apps import AppConfig


class AnswersConfig(AppConfig):
    name = "portal.answers"
    label = "answers"
    verbose_name = "Vragen van ouders"
