from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalPressConfig(AppConfig):
    name = "portal_press"
    label = "portal_press"
    verbose_name = _("Press and external information")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 - checks register themselves
        from .localisation.languages import register_language_info
        from .publishing import signals

        register_language_info()
        signals.connect()
