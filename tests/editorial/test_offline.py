"""No admin page makes the editor's browser ask an outside service for anything."""

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings
from django.urls import reverse

from portal_press.checks import check_admin_stays_offline
from tests import factories

# Attributes whose URL the browser fetches by itself (links it only follows
# when clicked are not requests).
FETCHED = {
    "img": ["src", "srcset"],
    "script": ["src"],
    "link": ["href"],
    "iframe": ["src"],
    "source": ["src", "srcset"],
    "video": ["src", "poster"],
    "audio": ["src"],
    "object": ["data"],
    "embed": ["src"],
}
# URLs of pictures handed to the admin's scripts (sidebar, translation editor).
SCRIPT_IMAGES = re.compile(r'"avatar_?url"\s*:\s*"([^"]+)"', re.I)


def outside_requests(html):
    soup = BeautifulSoup(html, "html.parser")
    urls = []
    for tag, attributes in FETCHED.items():
        for element in soup.find_all(tag):
            for attribute in attributes:
                for candidate in (element.get(attribute) or "").split(","):
                    if candidate.strip():
                        urls.append(candidate.strip().split()[0])
    urls += SCRIPT_IMAGES.findall(html.replace("\\u0026", "&"))
    urls += re.findall(r"url\(['\"]?([^)'\"]+)", html)
    outside = [url for url in urls if urlsplit(url).netloc not in ("", "testserver")]
    if 'data-controller="w-upgrade' in html:
        outside.append("the dashboard's Wagtail version check")
    return outside


@pytest.fixture
def admin_pages(release_index, agency, role):
    release = factories.make_release(release_index, agency, title="Họp báo quý III")
    person = factories.make_spokesperson(agency, role)
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[release_index.pk]),
        reverse("wagtailadmin_pages:edit", args=[release.pk]),
        reverse(
            "wagtailadmin_pages:add",
            args=["portal_press", "pressreleasepage", release_index.pk],
        ),
        reverse("wagtailadmin_pages:history", args=[release.pk]),
        reverse("press_releases:index"),
        reverse("wagtailsnippets_portal_press_spokesperson:list"),
        reverse("wagtailsnippets_portal_press_spokesperson:edit", args=[person.pk]),
        reverse("wagtailsnippets_portal_press_spokesperson:history", args=[person.pk]),
        reverse("wagtailusers_users:index"),
        reverse("wagtailadmin_account"),
        reverse("portal_press_translation_coverage"),
        reverse("wagtail_localize:translations_report"),
    ]


def test_no_admin_page_asks_an_outside_service_for_anything(editor_client, admin_pages):
    found = {}
    for url in admin_pages:
        response = editor_client.get(url)
        assert response.status_code == 200, url
        if outside := outside_requests(response.content.decode()):
            found[url] = outside
    assert found == {}


def test_the_translation_editor_asks_no_outside_service(
    editor_client, release_index, agency
):
    english = factories.make_locale("en")
    release = factories.make_release(release_index, agency, title="Họp báo quý IV")
    factories.translate(release_index, english)
    draft = factories.translate(release, english, publish=False)
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))
    assert response.status_code == 200
    assert outside_requests(response.content.decode()) == []


def test_the_sign_in_page_asks_no_outside_service(client, db):
    response = client.get(reverse("wagtailadmin_login"))
    assert outside_requests(response.content.decode()) == []


@override_settings(WAGTAIL_GRAVATAR_PROVIDER_URL="//www.gravatar.com/avatar")
def test_a_system_check_warns_of_avatars_from_gravatar():
    ids = {message.id for message in check_admin_stays_offline()}
    assert "portal_press.W004" in ids
    assert "portal_press.W005" not in ids


def test_the_settings_the_readme_gives_pass_the_offline_checks():
    ids = {message.id for message in check_admin_stays_offline()}
    assert not ids & {"portal_press.W004", "portal_press.W005"}
