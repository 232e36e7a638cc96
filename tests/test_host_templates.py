"""The pieces a host site's base template needs, and the minimal base."""

from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation


def render(name, **context):
    request = RequestFactory().get("/vi/")
    with translation.override("vi"):
        return render_to_string(name, {"request": request, **context})


def test_html_attributes_give_the_page_its_language():
    assert render("portal_press/includes/html_attributes.html") == (
        'lang="vi" dir="ltr"'
    )


def test_header_tools_hold_the_search_box(db):
    html = render("portal_press/includes/header_tools.html")
    assert 'action="/vi/search/"' in html and 'role="search"' in html


def test_the_minimal_base_has_every_piece(db):
    html = render("portal_press/site_base.html")
    assert '<html lang="vi" dir="ltr">' in html
    assert 'class="pp-skip-link" href="#main-content"' in html
    assert '<main id="main-content"' in html
    assert "portal_press/css/portal_press.css" in html
    assert 'role="search"' in html


def test_the_app_pages_use_it_by_default(home, release_index, client):
    html = client.get(release_index.url).content.decode()
    assert '<html lang="vi" dir="ltr">' in html
    assert 'href="#main-content"' in html and 'role="search"' in html
