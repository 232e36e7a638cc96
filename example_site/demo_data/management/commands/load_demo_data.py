"""Load the demo content of the example site: the fictional province of Phù Sa.

    python example_site/manage.py load_demo_data

Safe to run again: objects are found by their natural keys (agency name,
spokesperson name and agency, page slug under its parent) and nothing is
duplicated. The data lives in ``demo_data/data.py``, the translations in
``demo_data/translations/``: they are made last, with wagtail-localize, and a
translation already published is left as it is.
"""

from dataclasses import dataclass, field
from datetime import date
from io import StringIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from demo_data import (
    builders,
    data,
    media,
    pages,
    releases,
    trainings,
    translating,
    translations,
)
from demo_data.builders import CREATED, UNCHANGED, Tally


@dataclass
class Context:
    """Rows created earlier, by their data keys, for pages and translations."""

    locale: Locale
    today: date
    agencies: dict
    people: dict
    images: dict
    documents: dict
    # Kept for the translation step.
    kinds: dict = field(default_factory=dict)
    roles: dict = field(default_factory=dict)
    glossary: list = field(default_factory=list)
    home: Page | None = None
    sections: dict = field(default_factory=dict)
    hub: Page | None = None


class Command(BaseCommand):
    help = (
        "Load the demo content of tỉnh Phù Sa (Vietnamese, partly translated). "
        "Safe to run twice."
    )

    def handle(self, *args, **options):
        tally = Tally()
        user = data.ADMIN_USER
        with transaction.atomic():
            content = self.load(tally)
            admin_created = builders.ensure_admin_user(user)
            # The approval workflow and every agency's groups, then the
            # demo's officers and leaders in them.
            call_command("portal_press_setup_workflow", stdout=StringIO())
            editorial_users = builders.ensure_editorial_users(
                data.EDITORIAL_USERS, content.agencies
            )
        # Last, outside the block: wagtail-localize publishes a translation
        # when the transaction it was saved in commits.
        translators = translating.translate_demo(
            content,
            data,
            translations.TEXTS,
            get_user_model().objects.get(username=user["username"]),
            tally,
        )
        self.stdout.write("Updating the search index…")
        call_command("update_index", stdout=self.stdout, verbosity=0)
        # Also kept current by content events; rebuilt so that a database
        # loaded by an older version is complete too.
        call_command("portal_press_rebuild_index", only="database", stdout=StringIO())

        self.stdout.write("Demo data of tỉnh Phù Sa:")
        for line in tally.lines():
            self.stdout.write(line)
        self.stdout.write(f"  {self.glossary_report}")
        self.write_totals()
        for translator in translators:
            for line in translator.warnings():
                self.stdout.write(self.style.WARNING(line))
        state = "created" if admin_created else "already existed, password unchanged"
        self.stdout.write(
            f"Admin user: {user['username']} / {user['password']} ({state})"
        )
        self.stdout.write(
            "Editorial users (workflow “Soạn thảo → Lãnh đạo duyệt → Xuất bản”):"
        )
        for spec, created in editorial_users:
            state = "created" if created else "already existed, password unchanged"
            self.stdout.write(
                f"  {spec['username']} / {spec['password']}: {spec['role']} of "
                f"{spec['agency']} ({state})"
            )
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))

    def load(self, tally):
        today = timezone.localdate()
        # What every site runs after migrate: the default Locale and the
        # official names glossary. The demo makes its own section pages (with
        # its texts) below, and its index last.
        setup = StringIO()
        call_command(
            "portal_press_setup",
            "--noinput",
            "--skip-sections",
            "--skip-workflow",
            "--skip-index",
            stdout=setup,
        )
        self.glossary_report = next(
            line.strip() for line in setup.getvalue().splitlines() if "Glossary" in line
        )
        # A Locale for every content language of the settings.
        languages = getattr(settings, "WAGTAIL_CONTENT_LANGUAGES", settings.LANGUAGES)
        other_locales = [
            code for code, _name in languages if code != data.DEFAULT_LOCALE
        ]
        locale = builders.ensure_locales(data.DEFAULT_LOCALE, other_locales, tally)
        home = builders.ensure_home_page(
            data.HOME_PAGE, locale, settings.WAGTAIL_SITE_NAME, tally
        )
        kinds = builders.load_agency_kinds(data.AGENCY_KINDS, locale, tally)
        roles = builders.load_roles(data.SPOKESPERSON_ROLES, locale, tally)
        agencies = builders.load_agencies(data.AGENCIES, kinds, locale, tally)
        builders.set_press_office(home, agencies[data.HOME_PAGE["press_office"]], tally)
        images = {
            key: self.media_row(media.get_or_create_image, spec, tally, "images")
            for key, spec in data.IMAGES.items()
        }
        documents = {
            key: self.media_row(media.get_or_create_document, spec, tally, "documents")
            for key, spec in data.DOCUMENTS.items()
        }
        people = builders.load_spokespersons(
            data.SPOKESPERSONS, agencies, roles, images, locale, tally, today
        )
        ctx = Context(locale, today, agencies, people, images, documents)
        ctx.kinds, ctx.roles, ctx.home = kinds, roles, home
        # The official names portal_press ships (loaded by the set-up), then
        # this province's own.
        ctx.glossary = builders.load_glossary_terms(data.GLOSSARY_TERMS, locale, tally)

        ctx.sections = sections = pages.ensure_sections(home, data, tally)
        ctx.hub = pages.load_promotion_pages(home, data.PROMOTION_PAGES, ctx, tally)
        trainings.load_trainings(sections["trainings"], data.TRAININGS, ctx, tally)
        releases.load_press_releases(
            sections["newsroom"], home, data.PRESS_RELEASES, ctx, tally
        )
        return ctx

    @staticmethod
    def media_row(get_or_create, spec, tally, label):
        obj, created = get_or_create(spec)
        tally.add(label, CREATED if created else UNCHANGED)
        return obj

    def write_totals(self):
        from portal_press import models

        default = Locale.get_default()
        self.stdout.write(f"Totals in the database ({default.get_display_name()}):")
        for model in (
            models.AgencyKind,
            models.Agency,
            models.SpokespersonRole,
            models.Spokesperson,
            models.PressReleasePage,
            models.TrainingAnnouncementPage,
            models.ConnectionPoint,
            models.ProvincePromotionPage,
            models.KeyFigure,
        ):
            count = model.objects.filter(locale=default).count()
            self.stdout.write(f"  {model._meta.verbose_name_plural}: {count}")
        self.stdout.write(
            "Translations in the database (pages; kinds, roles, agencies, "
            "spokespersons):"
        )
        snippets = [models.AgencyKind, models.SpokespersonRole, models.Agency]
        snippets.append(models.Spokesperson)
        for locale in Locale.objects.exclude(pk=default.pk):
            page_count = Page.objects.filter(locale=locale, alias_of=None).count()
            snippet_count = sum(
                model.objects.filter(locale=locale).count() for model in snippets
            )
            self.stdout.write(
                f"  {locale.get_display_name()} ({locale.language_code}): "
                f"{page_count} pages, {snippet_count} snippets"
            )
