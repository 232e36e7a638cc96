"""The site's default Locale: the one matching LANGUAGE_CODE.

A stock Wagtail site was migrated with ``LANGUAGE_CODE = "en-us"``, so its
only Locale is ``en`` and its pages are in it. When the site switches to
Vietnamese, either that Locale is renamed (the pages were Vietnamese all
along, or are to become the Vietnamese tree) or a new, empty Locale is
created beside it (the pages stay English, translations of a future
Vietnamese tree).
"""

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import Locale, Page, Site

from ..publishing.sources import default_language_code


@dataclass
class LocalePlan:
    """What to do: nothing, create ``code``, or rename ``current`` to ``code``."""

    code: str
    current: Locale | None = None  # the Locale to rename, if any
    pages: int = 0  # pages in it, besides Wagtail's root

    @property
    def needed(self):
        return not Locale.objects.filter(language_code=self.code).exists()


def plan():
    """Which Locale would become the default one.

    The candidate for renaming is the Locale of the default site's home
    page, or the only Locale there is.
    """
    code = default_language_code()
    site = Site.objects.filter(is_default_site=True).select_related("root_page")
    site = site.first()
    current = site.root_page.locale if site else None
    if current is None and Locale.objects.count() == 1:
        current = Locale.objects.get()
    if current is None or current.language_code == code:
        return LocalePlan(code)
    pages = Page.objects.filter(locale=current, depth__gt=1).count()
    return LocalePlan(code, current, pages)


@transaction.atomic
def rename(locale_plan):
    """Give the current Locale the site's language: its pages keep their content."""
    old = locale_plan.current.language_code
    locale_plan.current.language_code = locale_plan.code
    locale_plan.current.save(update_fields=["language_code"])
    return old


def create(locale_plan):
    return Locale.objects.create(language_code=locale_plan.code)
