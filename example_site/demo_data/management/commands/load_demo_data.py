"""Load the demo content of the example site: the fictional province of Phù Sa.

    python example_site/manage.py load_demo_data

Safe to run again: objects are found by their natural keys (agency name,
spokesperson name and agency, page slug under its parent) and nothing is
duplicated. The data lives in ``demo_data/data.py``.
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from demo_data import builders, data, media, pages, releases, trainings
from demo_data.builders import CREATED, UNCHANGED, Tally


@dataclass
class Context:
    """What the page builders look up: rows created earlier, by their data keys."""

    locale: Locale
    today: date
    agencies: dict
    people: dict
    images: dict
    documents: dict


class Command(BaseCommand):
    help = "Load the demo content of tỉnh Phù Sa (Vietnamese). Safe to run twice."

    def handle(self, *args, **options):
        tally = Tally()
        user = data.ADMIN_USER
        with transaction.atomic():
            self.load(tally)
            admin_created = builders.ensure_admin_user(user)
        self.stdout.write("Updating the search index…")
        call_command("update_index", stdout=self.stdout, verbosity=0)

        self.stdout.write("Demo data of tỉnh Phù Sa:")
        for line in tally.lines():
            self.stdout.write(line)
        self.write_totals()
        state = "created" if admin_created else "already existed, password unchanged"
        self.stdout.write(
            f"Admin user: {user['username']} / {user['password']} ({state})"
        )
        self.stdout.write(self.style.SUCCESS("Demo data loaded."))

    def load(self, tally):
        today = timezone.localdate()
        locale = builders.ensure_locales(data.DEFAULT_LOCALE, data.OTHER_LOCALES, tally)
        home = builders.ensure_home_page(
            data.HOME_PAGE, locale, settings.WAGTAIL_SITE_NAME, tally
        )
        kinds = builders.load_agency_kinds(data.AGENCY_KINDS, locale, tally)
        roles = builders.load_roles(data.SPOKESPERSON_ROLES, locale, tally)
        agencies = builders.load_agencies(data.AGENCIES, kinds, locale, tally)
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

        sections = pages.ensure_sections(home, data, tally)
        pages.load_promotion_pages(home, data.PROMOTION_PAGES, ctx, tally)
        trainings.load_trainings(sections["trainings"], data.TRAININGS, ctx, tally)
        releases.load_press_releases(
            sections["newsroom"], home, data.PRESS_RELEASES, ctx, tally
        )

    @staticmethod
    def media_row(get_or_create, spec, tally, label):
        obj, created = get_or_create(spec)
        tally.add(label, CREATED if created else UNCHANGED)
        return obj

    def write_totals(self):
        from portal_press import models

        self.stdout.write("Totals in the database:")
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
            self.stdout.write(
                f"  {model._meta.verbose_name_plural}: {model.objects.count()}"
            )
