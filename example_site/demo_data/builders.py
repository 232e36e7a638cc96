"""Rows of the demo: locales, the site and its home page, agencies, roles, people.

Each function looks rows up by their natural key, so that loading twice adds
nothing. Rows without history (kinds, roles, agencies) are brought in line
with ``data.py``; spokespersons, which have revisions, are created when
missing and otherwise left as an editor may have changed them.
"""

import datetime
from collections import Counter
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from portal_press.models import (
    Agency,
    AgencyKind,
    GlossaryTerm,
    Spokesperson,
    SpokespersonRole,
)

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


class Tally:
    """What the loader did, by kind of object: created, updated, unchanged…"""

    def __init__(self):
        self.counts = {}

    def add(self, label, outcome):
        outcomes = self.counts.setdefault(label, Counter())
        outcomes[outcome] += 1

    def lines(self):
        for label, outcomes in self.counts.items():
            parts = ", ".join(
                f"{count} {outcome}" for outcome, count in outcomes.items()
            )
            yield f"  {label}: {parts}"


def from_today(days, today=None):
    return (today or timezone.localdate()) + datetime.timedelta(days=days)


def aware(value):
    """A naive local date-time of the data, in the site's time zone."""
    return timezone.make_aware(value)


def sync_row(model, lookup, values, tally, label):
    """Get the row matching ``lookup`` and give it ``values``, validated."""
    obj = model.objects.filter(**lookup).first()
    created = obj is None
    if created:
        obj = model(**lookup)
    changed = created or any(
        getattr(obj, name) != value for name, value in values.items()
    )
    if changed:
        for name, value in values.items():
            setattr(obj, name, value)
        obj.full_clean()
        obj.save()
    tally.add(label, CREATED if created else UPDATED if changed else UNCHANGED)
    return obj


# --- Locales, home page and site ------------------------------------------------


def ensure_locales(default_code, other_codes, tally):
    locales = {}
    for code in [default_code, *other_codes]:
        locales[code], created = Locale.objects.get_or_create(language_code=code)
        tally.add("locales", CREATED if created else UNCHANGED)
    return locales[default_code]


def ensure_home_page(spec, locale, site_name, tally):
    """The home page, root of the default site, in place of Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePage.objects.child_of(root).filter(slug=spec["slug"]).first()
    if home is None:
        home = HomePage(
            title=spec["title"],
            slug=spec["slug"],
            introduction=spec["introduction"],
            locale=locale,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        tally.add("home page", CREATED)
    else:
        tally.add("home page", UNCHANGED)

    # The host and port the demo is served on (WAGTAILADMIN_BASE_URL): the
    # absolute addresses of hreflang, the sitemap, feeds and print footers.
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    site = Site.objects.filter(is_default_site=True).first() or Site()
    sync_site = {
        "hostname": address.hostname,
        "port": address.port or (443 if address.scheme == "https" else 80),
        "is_default_site": True,
        "site_name": site_name,
        "root_page_id": home.pk,
    }
    is_new = site.pk is None
    changed = is_new or any(getattr(site, k) != v for k, v in sync_site.items())
    if changed:
        for name, value in sync_site.items():
            setattr(site, name, value)
        site.full_clean()
        site.save()
    tally.add("site", CREATED if is_new else UPDATED if changed else UNCHANGED)

    # Wagtail's "Welcome to your Wagtail site!": a plain Page beside the home page.
    plain_page = ContentType.objects.get_for_model(Page)
    for page in Page.objects.child_of(root).filter(content_type=plain_page):
        if (
            not page.get_children().exists()
            and not Site.objects.filter(root_page=page).exists()
        ):
            page.delete()
            tally.add("welcome page", "deleted")
    return home


def ensure_admin_user(spec):
    """Create the superuser unless a user of that name exists; True if created."""
    User = get_user_model()
    if User.objects.filter(username=spec["username"]).exists():
        return False
    User.objects.create_superuser(spec["username"], spec["email"], spec["password"])
    return True


def ensure_editorial_users(specs, agencies):
    """The demo's officers and leaders, each in their agency's group.

    Returns ``(spec, created)`` pairs; an existing user keeps its password.
    """
    User = get_user_model()
    made = []
    for spec in specs:
        user, created = User.objects.get_or_create(
            username=spec["username"],
            defaults={
                "email": spec["email"],
                "first_name": spec["first_name"],
                "last_name": spec["last_name"],
            },
        )
        if created:
            user.set_password(spec["password"])
            user.save()
        agency = agencies[spec["agency"]]
        user.groups.add(agency.editorial_groups.get(role=spec["role"]).group)
        made.append((spec, created))
    return made


# --- Taxonomy and agencies ----------------------------------------------------


def load_agency_kinds(specs, locale, tally):
    return {
        spec["name"]: sync_row(
            AgencyKind,
            {"name": spec["name"], "locale": locale},
            {"description": spec["description"], "sort_order": spec["sort_order"]},
            tally,
            "agency kinds",
        )
        for spec in specs
    }


def load_roles(specs, locale, tally):
    return {
        spec["name"]: sync_row(
            SpokespersonRole,
            {"name": spec["name"], "locale": locale},
            {
                "description": spec["description"],
                "requires_scope": spec["requires_scope"],
                "sort_order": spec["sort_order"],
            },
            tally,
            "spokesperson roles",
        )
        for spec in specs
    }


def load_agencies(specs, kinds, locale, tally):
    agencies = {}
    for spec in specs:
        values = {
            "short_name": spec.get("short_name", ""),
            "kind": kinds[spec["kind"]],
            "parent": agencies[spec["parent"]] if spec.get("parent") else None,
            "functions": spec.get("functions", ""),
            "address": spec.get("address", ""),
            "phone": spec.get("phone", ""),
            "fax": spec.get("fax", ""),
            "email": spec.get("email", ""),
            "website": spec.get("website", ""),
            "is_active": spec.get("is_active", True),
            "closed_on": spec.get("closed_on"),
            "replaced_by": agencies[spec["replaced_by"]]
            if spec.get("replaced_by")
            else None,
        }
        agencies[spec["name"]] = sync_row(
            Agency, {"name": spec["name"], "locale": locale}, values, tally, "agencies"
        )
    return agencies


def load_glossary_terms(specs, locale, tally):
    """Official names the shipped glossary lacks: positions of this province."""
    return [
        sync_row(
            GlossaryTerm,
            {"term": term, "locale": locale},
            {"kind": kind},
            tally,
            "glossary terms",
        )
        for term, kind in specs
    ]


def set_press_office(home, agency, tally):
    """The agency the footer names, on the home page (its translations take
    it when they are synchronised; those made before it are given it too)."""
    if home.press_office_id == agency.pk:
        tally.add("home page press office", UNCHANGED)
        return
    home.press_office = agency
    home.save_revision().publish()
    HomePage.objects.filter(
        translation_key=home.translation_key, press_office__isnull=True
    ).update(press_office=agency)
    tally.add("home page press office", UPDATED)


# --- Spokespersons ------------------------------------------------------------


def spokesperson_dates(spec, today):
    """valid_from / valid_until, absolute or counted from today."""
    valid_from = spec.get("valid_from")
    if "valid_from_in_days" in spec:
        valid_from = from_today(spec["valid_from_in_days"], today)
    valid_until = spec.get("valid_until")
    if "valid_until_in_days" in spec:
        valid_until = from_today(spec["valid_until_in_days"], today)
    return valid_from, valid_until


def load_spokespersons(specs, agencies, roles, images, locale, tally, today):
    people = {}
    for spec in specs:
        agency = agencies[spec["agency"]]
        key = (spec["full_name"], spec["agency"])
        person = Spokesperson.objects.filter(
            full_name=spec["full_name"], agency=agency, locale=locale
        ).first()
        if person is not None:
            people[key] = person
            tally.add("spokespersons", UNCHANGED)
            continue
        valid_from, valid_until = spokesperson_dates(spec, today)
        publish = spec.get("publish", True)
        person = Spokesperson(
            locale=locale,
            full_name=spec["full_name"],
            position=spec["position"],
            agency=agency,
            role=roles[spec["role"]],
            scope=spec.get("scope", ""),
            office_phone=spec.get("office_phone", ""),
            mobile_phone=spec.get("mobile_phone", ""),
            fax=spec.get("fax", ""),
            email=spec.get("email", ""),
            photo=images[spec["photo"]] if spec.get("photo") else None,
            press_languages=spec.get("press_languages", ["vi"]),
            appointment_document=spec.get("appointment_document", ""),
            appointment_date=spec.get("appointment_date"),
            valid_from=valid_from,
            valid_until=valid_until,
            notified_on=spec.get("notified_on"),
            live=publish,
        )
        person.full_clean()
        person.topics.add(*spec.get("topics", []))
        person.save()
        revision = person.save_revision()
        if publish:
            revision.publish()
        people[key] = person
        tally.add("spokespersons", CREATED)
    return people
