"""Wagtail's own channels — its sitemap, its API (v2 and v3) and its document
server — give the public nothing the gate hides."""

import datetime

import pytest
import time_machine
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone
from wagtail.documents import get_document_model

from tests import factories

HOUR = datetime.timedelta(hours=1)


@pytest.fixture
def english(db):
    return factories.make_locale("en")


@pytest.fixture
def pages(home, release_index, agency, english):
    """A public release, an embargoed one, and their English translations."""
    factories.translate(home, english, {"Trang chủ": "Home"})
    factories.translate(release_index, english)
    public = factories.make_release(release_index, agency, title="Công khai")
    embargoed = factories.make_release(
        release_index,
        agency,
        title="Chưa công bố",
        embargo_until=timezone.now() + HOUR,
    )
    # The English copy is published, its own embargo copy emptied: only the
    # source's embargo holds it back.
    public_en = factories.translate(public, english)
    embargoed_en = factories.translate(embargoed, english)
    type(embargoed_en).objects.filter(pk=embargoed_en.pk).update(embargo_until=None)
    return {
        "public": [public, public_en],
        "hidden": [embargoed, embargoed_en],
    }


def test_wagtails_sitemap_lists_only_public_pages(client, pages):
    # Wagtail's generator covers the default language's tree only.
    sitemap = client.get("/wagtail-sitemap.xml").content.decode()
    assert f"<loc>{pages['public'][0].full_url}</loc>" in sitemap
    for page in pages["hidden"]:
        assert page.full_url not in sitemap


def test_the_api_v2_lists_and_serves_only_public_pages(client, pages):
    listed = client.get("/api/v2/pages/", {"limit": 20}).json()["items"]
    ids = {item["id"] for item in listed}
    assert {page.pk for page in pages["public"]} <= ids
    assert not {page.pk for page in pages["hidden"]} & ids
    typed = client.get("/api/v2/pages/", {"type": "portal_press.PressReleasePage"})
    assert not {page.pk for page in pages["hidden"]} & {
        item["id"] for item in typed.json()["items"]
    }
    for page in pages["hidden"]:
        response = client.get(f"/api/v2/pages/{page.pk}/", follow=True)
        assert response.status_code == 404
    assert client.get(f"/api/v2/pages/{pages['public'][1].pk}/").status_code == 200


def test_the_api_v3_lists_and_serves_only_public_pages(client, pages):
    response = client.get("/api/v3/pages/", {"limit": 20})
    assert response.status_code == 200
    body = response.json()
    items = body["items"] if isinstance(body, dict) else body
    ids = {item["id"] for item in items}
    assert {page.pk for page in pages["public"]} <= ids
    assert not {page.pk for page in pages["hidden"]} & ids
    for page in pages["hidden"]:
        response = client.get(f"/api/v3/pages/{page.pk}/", follow=True)
        assert response.status_code == 404


def make_document(title="Kế hoạch.pdf"):
    document = get_document_model()(title=title)
    document.file.save("ke-hoach.pdf", ContentFile(b"%PDF-1.4 ke hoach"), save=True)
    return document


def attach(release, document):
    release.body = [("document", {"document": document, "title": "Kế hoạch"})]
    release.save_revision().publish()


def test_a_document_of_an_embargoed_release_waits_for_the_release(
    client, superuser, release_index, agency
):
    lifts_at = timezone.now() + HOUR
    release = factories.make_release(release_index, agency, embargo_until=lifts_at)
    document = make_document()
    attach(release, document)
    unused = make_document("Không dùng.pdf")

    assert client.get(document.url).status_code == 404
    assert client.get(unused.url).status_code == 200
    editor = Client()
    editor.force_login(superuser)
    assert editor.get(document.url).status_code == 200
    with time_machine.travel(lifts_at + HOUR, tick=False):
        response = client.get(document.url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"%PDF-1.4 ke hoach"


def test_a_document_also_used_by_public_content_stays_public(
    client, release_index, agency
):
    document = make_document()
    attach(
        factories.make_release(
            release_index, agency, embargo_until=timezone.now() + HOUR
        ),
        document,
    )
    attach(factories.make_release(release_index, agency), document)
    assert client.get(document.url).status_code == 200
