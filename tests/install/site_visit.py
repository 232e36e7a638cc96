"""Run inside the freshly installed site (its own venv): an editor creates a
release through the admin's forms, a visitor reads it and finds it.

Prints one JSON object for the test that started it (tests/install/).
Standalone on purpose: it imports nothing from the repository.
"""

import json
import os
import re
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings.dev")
sys.path.insert(0, os.getcwd())

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.test.utils.form_data import (  # noqa: E402
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from portal_press.models import (  # noqa: E402
    Agency,
    AgencyKind,
    PressReleaseIndexPage,
    PressReleasePage,
)

TITLE = "Họp báo công bố kết quả xúc tiến đầu tư tại Hà Nội"
report = {}


def post(client, url, data, what):
    response = client.post(url, data)
    if response.status_code != 302:
        errors = getattr(response, "context", None) and response.context.get("form")
        raise SystemExit(
            f"{what}: {response.status_code} {getattr(errors, 'errors', '')}"
        )
    return response


setup_test_environment()
get_user_model().objects.create_superuser("editor", "editor@example.com", "pw")
editor = Client(HTTP_ACCEPT_LANGUAGE="vi")
assert (
    editor.post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": "pw"}
    ).status_code
    == 302
)

post(
    editor,
    reverse("wagtailsnippets_portal_press_agencykind:add"),
    {"name": "Sở, ban, ngành", "description": "", "sort_order": 10},
    "agency kind",
)
post(
    editor,
    reverse("wagtailsnippets_portal_press_agency:add"),
    {
        "name": "Sở Văn hóa, Thể thao và Du lịch",
        "short_name": "SVHTTDL",
        "kind": AgencyKind.objects.get().pk,
        "is_active": "on",
    },
    "agency",
)
newsroom = PressReleaseIndexPage.objects.get()
released_at = timezone.localtime().replace(microsecond=0)
post(
    editor,
    reverse(
        "wagtailadmin_pages:add",
        args=["portal_press", "pressreleasepage", newsroom.pk],
    ),
    nested_form_data(
        {
            "title": TITLE,
            "slug": "hop-bao-xuc-tien-dau-tu",
            "reference": "Số 7/TCBC-SVHTTDL",
            "issuing_agency": Agency.objects.get().pk,
            "released_at": released_at.strftime("%Y-%m-%d %H:%M"),
            "dateline": "Phù Sa",
            "lead": "Sở Văn hóa, Thể thao và Du lịch thông tin kết quả hội nghị.",
            "body": streamfield(
                [("paragraph", rich_text("<p>Đã ký 12 biên bản ghi nhớ.</p>"))]
            ),
            "co_issuers": inline_formset([]),
            "media_contacts": inline_formset([]),
            "related_links": inline_formset([]),
            "corrections": inline_formset([]),
            "tags": "đầu tư",
            "action-publish": "action-publish",
        }
    ),
    "press release",
)
release = PressReleasePage.objects.get(title=TITLE)
report["release_live"] = release.live
report["release_url"] = release.url

visitor = Client(HTTP_ACCEPT_LANGUAGE="vi")
report["home_redirect"] = visitor.get("/").status_code
page = visitor.get(release.url)
report["release_status"] = page.status_code
html = page.content.decode()
report["release_has_title"] = TITLE in html
report["release_has_search_box"] = 'role="search"' in html
report["release_lang"] = bool(re.search(r'<html lang="vi"', html))
report["release_skip_link"] = 'href="#main-content"' in html
newsroom_page = visitor.get(newsroom.url)
report["newsroom_lists_it"] = TITLE in newsroom_page.content.decode()
found = visitor.get("/vi/search/", {"q": "xuc tien dau tu ha noi"})
report["search_status"] = found.status_code
report["search_finds_it"] = TITLE in found.content.decode()
report["admin_status"] = editor.get("/admin/").status_code
report["admin_listing_status"] = editor.get(reverse("press_releases:index")).status_code
print(json.dumps(report))
