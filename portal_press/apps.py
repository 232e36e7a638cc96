from django.apps import AppConfig
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

# Apps whose models portal_press's own models build on: without them the
# models cannot even be imported, before any system check could run.
MODEL_DEPENDENCIES = ["wagtail_localize", "wagtail"]


class PortalPressConfig(AppConfig):
    name = "portal_press"
    label = "portal_press"
    verbose_name = _("Press and external information")
    default_auto_field = "django.db.models.BigAutoField"

    def import_models(self):
        installed = {config.name for config in self.apps.get_app_configs()}
        missing = [name for name in MODEL_DEPENDENCIES if name not in installed]
        if missing:
            # Said here, in words, instead of Django's RuntimeError about a
            # model class of another app (the check portal_press.E003).
            names = ", ".join(repr(name) for name in missing)
            raise ImproperlyConfigured(
                f"portal_press needs {names} in INSTALLED_APPS (portal_press.E003): "
                'add "wagtail_localize" and "wagtail_localize.locales" (instead of '
                '"wagtail.locales"), as docs/install.md shows.'
            )
        super().import_models()

    def ready(self):
        from wagtail.documents import get_document_model

        from . import checks  # noqa: F401 - checks register themselves
        from .cache import invalidation
        from .channels.wagtail_api import close_side_doors
        from .editorial import agency_groups, audit, permissions, workflow
        from .localisation import glossary, partial
        from .localisation.languages import register_language_info
        from .publishing import signals, visibility
        from .publishing.document_rule import DocumentRule
        from .search import checks as search_checks  # noqa: F401 - registers itself
        from .search import subscriber
        from .security import checks as security_checks  # noqa: F401 - registers itself

        register_language_info()
        permissions.register_policies()
        agency_groups.connect()
        workflow.connect()
        audit.connect()
        # Documents are public when what uses them is (the other public
        # models register their rules in portal_press.models).
        visibility.register(get_document_model(), DocumentRule())
        signals.connect()
        subscriber.connect()
        invalidation.connect()
        close_side_doors()
        partial.connect()
        glossary.connect()
