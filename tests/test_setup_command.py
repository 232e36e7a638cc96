"""``manage.py portal_press_setup``: one idempotent command after migrate."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page

from portal_press.models import (
    GlossaryTerm,
    PressReleaseIndexPage,
    ProvincePromotionPage,
    SearchEntry,
    SpokespersonDirectoryPage,
    TrainingIndexPage,
)
from tests import factories

SECTIONS = [
    PressReleaseIndexPage,
    SpokespersonDirectoryPage,
    TrainingIndexPage,
    ProvincePromotionPage,
]


def setup(*args, **options):
    out = io.StringIO()
    call_command("portal_press_setup", *args, stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def english_site(home):
    """A stock site: its only Locale is English, its pages are in it."""
    Locale.objects.filter(language_code="vi").update(language_code="en")
    return home


def test_a_set_up_site_gets_sections_glossary_and_index(home):
    output = setup("--noinput")
    for model in SECTIONS:
        page = model.objects.child_of(home).get()
        assert page.live and page.locale.language_code == "vi"
    assert PressReleaseIndexPage.objects.get().title == "Thông cáo báo chí"
    assert GlossaryTerm.objects.exists()
    assert SearchEntry.objects.filter(kind="promotion").exists()
    assert "[1/5]" in output and "[5/5]" in output
    assert "portal_press đã được cài đặt xong." in output


def test_running_it_again_changes_nothing(home):
    setup("--noinput")
    pages, terms = Page.objects.count(), GlossaryTerm.objects.count()
    setup("--noinput")
    assert (Page.objects.count(), GlossaryTerm.objects.count()) == (pages, terms)


def test_existing_sections_are_kept(home, release_index):
    setup("--noinput", "--skip-index")
    assert PressReleaseIndexPage.objects.get() == release_index


def test_renaming_a_locale_with_pages_asks_first(english_site):
    with pytest.raises(CommandError, match="--yes"):
        setup("--noinput")
    assert not Locale.objects.filter(language_code="vi").exists()
    output = setup("--yes", "--skip-index")
    assert "có (--yes)" in output
    english_site.refresh_from_db()
    assert english_site.locale.language_code == "vi"
    assert not Page.objects.filter(locale__language_code="en").exists()


def test_a_new_locale_instead_of_renaming(english_site):
    setup("--noinput", "--create-locale", "--skip-sections", "--skip-index")
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"en", "vi"}


def test_old_addresses_redirect_permanently(client, home, release_index):
    setup("--noinput", "--redirect-old-urls", "--skip-index")
    redirect = Redirect.objects.get(old_path=f"/{release_index.slug}")
    assert redirect.is_permanent and redirect.redirect_page_id == release_index.pk
    setup("--noinput", "--redirect-old-urls", "--skip-index")
    assert Redirect.objects.filter(old_path=f"/{release_index.slug}").count() == 1


def test_a_release_index_can_then_take_releases(home, agency):
    setup("--noinput", "--skip-index")
    newsroom = PressReleaseIndexPage.objects.get()
    factories.make_release(newsroom, agency, title="Thông cáo đầu tiên")
    assert newsroom.get_children().count() == 1
