"""Builders for the objects tests need: real rows in the test database."""

import datetime
import itertools

from django.test import TestCase
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from portal_press.models import (
    Agency,
    AgencyKind,
    PressReleaseIndexPage,
    PressReleasePage,
    ProvincePromotionPage,
    Spokesperson,
    SpokespersonDirectoryPage,
    SpokespersonRole,
    TrainingAnnouncementPage,
    TrainingIndexPage,
)
from tests.testapp.models import HomePage

_sequence = itertools.count(1)


def build_site():
    """A home page at the root of the default site, in Vietnamese."""
    locale = Locale.objects.get_or_create(language_code="vi")[0]
    root = Page.get_first_root_node()
    home = root.add_child(
        instance=HomePage(title="Trang chủ", slug="trang-chu", locale=locale)
    )
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "testserver",
            "port": 80,
            "root_page": home,
            "site_name": "Test",
        },
    )
    return home


def make_kind(name="Sở, ban, ngành", sort_order=10):
    return AgencyKind.objects.create(name=name, sort_order=sort_order)


def make_role(name="Người phát ngôn thường xuyên", requires_scope=False, sort_order=10):
    return SpokespersonRole.objects.create(
        name=name, requires_scope=requires_scope, sort_order=sort_order
    )


def make_agency(name=None, kind=None, **fields):
    number = next(_sequence)
    return Agency.objects.create(
        name=name or f"Sở số {number}",
        short_name=fields.pop("short_name", f"S{number}"),
        kind=kind or make_kind(),
        **fields,
    )


def make_spokesperson(agency, role, full_name=None, publish=True, **fields):
    today = timezone.localdate()
    person = Spokesperson(
        full_name=full_name or f"Nguyễn Văn {next(_sequence)}",
        position=fields.pop("position", "Phó Giám đốc Sở"),
        agency=agency,
        role=role,
        office_phone=fields.pop("office_phone", "0290 3822 123"),
        email=fields.pop("email", "phatngon@example.com"),
        valid_from=fields.pop("valid_from", today - datetime.timedelta(days=100)),
        **fields,
    )
    person.full_clean()
    person.save()
    if publish:
        person.save_revision().publish()
    else:
        person.live = False
        person.save()
    return person


def add_page(parent, page, publish=True):
    """Add ``page`` under ``parent``, published or as a draft never published."""
    page.live = False
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page


def make_release_index(home, **fields):
    return add_page(
        home,
        PressReleaseIndexPage(title="Thông cáo báo chí", slug="thong-cao", **fields),
    )


def make_release(index, agency, title=None, publish=True, **fields):
    number = next(_sequence)
    page = PressReleasePage(
        title=title or f"Thông cáo số {number}",
        slug=fields.pop("slug", f"thong-cao-{number}"),
        issuing_agency=agency,
        lead=fields.pop(
            "lead", "Ủy ban nhân dân tỉnh thông tin về kết quả phát triển kinh tế."
        ),
        **fields,
    )
    return add_page(index, page, publish=publish)


def make_training_index(home):
    return add_page(home, TrainingIndexPage(title="Tập huấn", slug="tap-huan"))


def make_training(index, agency, starts_at, hours=4, **fields):
    number = next(_sequence)
    page = TrainingAnnouncementPage(
        title=fields.pop("title", f"Hội nghị tập huấn số {number}"),
        slug=f"tap-huan-{number}",
        organiser=agency,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=hours),
        **fields,
    )
    return add_page(index, page)


def make_directory(home):
    return add_page(
        home, SpokespersonDirectoryPage(title="Người phát ngôn", slug="nguoi-phat-ngon")
    )


def make_promotion(parent, title="Giới thiệu tỉnh", slug="gioi-thieu", **fields):
    return add_page(parent, ProvincePromotionPage(title=title, slug=slug, **fields))


def make_locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


def make_glossary_term(term, locale, translations, kind="other"):
    """A glossary term in ``locale`` and its names in other languages
    (``{locale: name}``); returns ``{locale: term row}``, the source's first."""
    from portal_press.models import GlossaryTerm

    source = GlossaryTerm.objects.create(term=term, kind=kind, locale=locale)
    rows = {locale: source}
    for other, name in translations.items():
        row = source.copy_for_translation(other)
        row.term = name
        row.save()
        rows[other] = row
    return rows


def translate(instance, locale, strings=None, publish=True, user=None):
    """Translate ``instance`` with wagtail-localize, as an editor would.

    ``strings`` maps source text to its translation; other strings keep the
    source text. Returns the translated instance (a draft if not ``publish``).
    """
    from wagtail_localize.models import StringTranslation, Translation
    from wagtail_localize.operations import TranslationCreator

    strings = strings or {}
    TranslationCreator(user, [locale]).create_translations(instance)
    translation = Translation.objects.get(
        source__object_id=instance.translation_key, target_locale=locale
    )
    for segment in translation.source.stringsegment_set.select_related("string"):
        text = strings.get(segment.string.data)
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    if publish:
        # wagtail-localize publishes on commit; tests run inside a transaction.
        with TestCase.captureOnCommitCallbacks(execute=True):
            translation.save_target(user=user, publish=True)
    return type(instance).objects.get(
        translation_key=instance.translation_key, locale=locale
    )
