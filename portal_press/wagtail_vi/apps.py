from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailViConfig(AppConfig):
    name = "portal_press.wagtail_vi"
    label = "portal_press_wagtail_vi"
    verbose_name = _("Vietnamese Wagtail admin")

    def ready(self):
        from . import checks  # noqa: F401 - checks register themselves
