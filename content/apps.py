from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "content"
    label = "content"
    verbose_name = "Demo-inhoud"
