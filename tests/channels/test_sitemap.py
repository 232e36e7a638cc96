"""The app's sitemap, read back with an XML parser."""

from defusedxml import ElementTree as ET
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def read(client, url="/sitemap.xml"):
    response = client.get(url)
    assert response.status_code == 200
    return ET.fromstring(response.content)


def test_every_public_page_of_every_language_with_its_alternates(client, province):
    root = read(client)
    urls = {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }
    vi, en = province.release.full_url, province.release_en.full_url
    assert urls[vi] == {"vi": vi, "en": en, "x-default": vi}
    assert urls[en] == urls[vi]
    for page in province.hidden_pages + [province.private_training]:
        assert page.full_url not in urls
        assert page.full_url not in str(urls)
    assert all(
        url.find("s:lastmod", NS) is not None
        for url in root.findall("s:url", NS)
        if "thong-cao-" in url.find("s:loc", NS).text
    )


def _urls(root):
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_a_large_site_is_an_index_of_files_that_hold_every_page_once(
    client, settings, province
):
    whole = _urls(read(client))
    settings.PORTAL_PRESS = {**settings.PORTAL_PRESS, "SITEMAP_PAGE_SIZE": 3}
    index = read(client)
    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    files = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    assert files[0].endswith("/sitemap.xml?p=1")
    seen = []
    for file in files:
        part = _urls(read(client, file.removeprefix("http://testserver")))
        seen += list(part)
        # A translation sits in the same file as its source, with its alternates.
        if province.release.full_url in part:
            assert province.release_en.full_url in part
            assert part[province.release.full_url] == {"vi", "en", "x-default"}
    assert sorted(seen) == sorted(whole)
    assert client.get(f"/sitemap.xml?p={len(files) + 1}").status_code == 404


def test_the_number_of_files_follows_the_size_of_the_site(client, settings, province):
    settings.PORTAL_PRESS = {**settings.PORTAL_PRESS, "SITEMAP_PAGE_SIZE": 3}
    before = len(read(client).findall("s:sitemap", NS))
    index = province.release.get_parent()
    for number in range(6):
        factories.make_release(index, province.agency, title=f"Tin thêm {number}")
    assert len(read(client).findall("s:sitemap", NS)) == before + 2


def _count(client):
    with CaptureQueriesContext(connection) as queries:
        client.get("/sitemap.xml")
    return len(queries)


def test_the_sitemap_costs_the_same_queries_for_many_pages(client, province):
    _count(client)
    few = _count(client)
    index = province.release.get_parent()
    for number in range(20):
        release = factories.make_release(index, province.agency, title=f"Tin {number}")
        factories.translate(release, province.en)
    assert _count(client) == few
