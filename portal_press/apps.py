from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalPressConfig(AppConfig):
    name = "portal_press"
    label = "portal_press"
    verbose_name = _("Press and external information")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.documents import get_document_model

        from . import checks  # noqa: F401 - checks register themselves
        from .channels.wagtail_api import close_side_doors
        from .localisation import partial
        from .localisation.languages import register_language_info
        from .publishing import signals, visibility
        from .publishing.document_rule import DocumentRule
        from .search import subscriber

        register_language_info()
        # Documents are public when what uses them is (the other public
        # models register their rules in portal_press.models).
        visibility.register(get_document_model(), DocumentRule())
        signals.connect()
        subscriber.connect()
        close_side_doors()
        partial.connect()
