from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "portal.core"
    label = "core"
    verbose_name = "Samenwerkingsverband"

    def ready(self):
        from . import page_cache, site_cache  # noqa: F401  (connect the signals that expire cached pages and sites)
