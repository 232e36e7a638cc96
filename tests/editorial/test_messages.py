"""Every validation message an officer meets in the app's admin forms is Vietnamese.

Each form is sent wrong twice, once by an officer whose admin is in
Vietnamese and once by one who chose English: no message may read the same.
"""

import datetime
from pathlib import Path

import polib
import pytest
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from portal_press.models import (
    PressReleasePage,
    ProvincePromotionPage,
    TrainingAnnouncementPage,
)
from tests import factories
from tests.admin_forms import page_form_data

DAY = datetime.timedelta(days=1)
ROOT = Path(__file__).resolve().parents[2]


def snippet_add(model):
    return reverse(f"wagtailsnippets_portal_press_{model}:add")


def page_add(model, parent):
    return reverse("wagtailadmin_pages:add", args=["portal_press", model, parent.pk])


def form_messages(response, language):
    """Every error message of the form and of its inline rows, as shown in
    ``language`` (messages the form leaves lazy are rendered in it)."""
    assert response.status_code == 200, response.get("Location")
    with translation.override(language):
        return _messages(response.context["form"])


def _messages(form):
    found = [str(e) for errors in form.errors.values() for e in errors]
    for formset in getattr(form, "formsets", {}).values():
        found += [str(e) for e in formset.non_form_errors()]
        for row in formset.forms:
            found += [str(e) for errors in row.errors.values() for e in errors]
    return found


@pytest.fixture
def cases(home, release_index, agency, kind, role, superuser):
    """(url, POST data) of each admin form, filled in wrong."""
    specific = factories.make_role("Người được giao phát ngôn", requires_scope=True)
    factories.make_release(release_index, agency, title="Họp báo", slug="hop-bao")
    trainings = factories.make_training_index(home)
    promotion = factories.make_promotion(home)
    now = timezone.localtime()
    return [
        (
            snippet_add("spokesperson"),
            {
                "full_name": "Hoàng Nhập Sai",
                "agency": agency.pk,
                "role": specific.pk,
                "office_phone": "12345",
                "email": "sai@",
                "valid_from": "2026-01-10",
                "valid_until": "2026-01-01",
                "press_languages": ["xx"],
            },
        ),
        (snippet_add("spokesperson"), {"full_name": "Không Liên Lạc"}),
        (
            snippet_add("agency"),
            {
                "name": "Sở cũ",
                "kind": kind.pk,
                "phone": "1",
                "website": "không phải địa chỉ",
                "replaced_by": agency.pk,
                "is_active": "on",
            },
        ),
        (
            snippet_add("agency"),
            {
                "name": "Sở mới",
                "kind": kind.pk,
                "is_active": "on",
                "closed_on": "2026-01-01",
            },
        ),
        (snippet_add("agencykind"), {"name": ""}),
        (snippet_add("spokespersonrole"), {"name": ""}),
        (snippet_add("glossaryterm"), {"term": ""}),
        (
            page_add("pressreleasepage", release_index),
            page_form_data(
                PressReleasePage,
                release_index,
                superuser,
                title="Họp báo",
                slug="hop-bao",
                released_at="không phải ngày",
                **{"action-publish": "1"},
            ),
        ),
        (
            page_add("trainingannouncementpage", trainings),
            page_form_data(
                TrainingAnnouncementPage,
                trainings,
                superuser,
                title="Tập huấn",
                slug="tap-huan",
                organiser=agency.pk,
                event_format="in_person",
                starts_at=(now + 2 * DAY).strftime("%Y-%m-%d %H:%M"),
                ends_at=(now + DAY).strftime("%Y-%m-%d %H:%M"),
                registration_deadline=(now + 3 * DAY).strftime("%Y-%m-%d %H:%M"),
                **{"action-publish": "1"},
            ),
        ),
        (
            page_add("provincepromotionpage", promotion),
            page_form_data(
                ProvincePromotionPage,
                promotion,
                superuser,
                title="Du lịch",
                slug="du-lich",
                **{
                    "key_figures-TOTAL_FORMS": "1",
                    "key_figures-0-label": "Diện tích",
                    "key_figures-0-value": "nhiều",
                    "key_figures-0-year": "1800",
                    "key_figures-0-ORDER": "1",
                    "action-publish": "1",
                },
            ),
        ),
    ]


def test_no_validation_message_reads_as_in_english(editor_client, superuser, cases):
    profile = UserProfile.get_for_user(superuser)
    checked = 0
    for url, data in cases:
        profile.preferred_language = ""
        profile.save()
        vietnamese = form_messages(editor_client.post(url, data), "vi")
        profile.preferred_language = "en"
        profile.save()
        english = form_messages(editor_client.post(url, data), "en")
        assert vietnamese, url
        assert len(vietnamese) == len(english), url
        same = [message for message in vietnamese if message in english]
        assert same == [], url
        checked += len(vietnamese)
    assert checked >= 20


CATALOGUE = ROOT / "portal_press" / "locale" / "vi" / "LC_MESSAGES" / "django"


def first_form(entry):
    return entry.msgstr or entry.msgstr_plural.get(0)


def test_the_vietnamese_catalogue_is_complete_and_compiled():
    po = polib.pofile(f"{CATALOGUE}.po")
    assert [e.msgid for e in po if not e.translated() and not e.obsolete] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    compiled = {
        (e.msgctxt, e.msgid): first_form(e) for e in polib.mofile(f"{CATALOGUE}.mo")
    }
    stale = [
        e.msgid
        for e in po.translated_entries()
        if compiled.get((e.msgctxt, e.msgid)) != first_form(e)
    ]
    assert stale == []
