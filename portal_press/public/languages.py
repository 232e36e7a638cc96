"""The home page of a language the portal has no page in yet.

A Korean visitor sent to ``/ko/`` (by a link, or by the browser's preferred
language) is not moved silently to ``/vi/``: the answer is in Korean, says
that nothing is published in Korean yet, and lists what is, in each
language, with the search that says where results exist.
"""

from django.template.response import TemplateResponse
from wagtail.coreutils import get_content_languages

from ..publishing import visibility

TEMPLATE = "portal_press/language_without_content.html"


def is_home_request(page, request, site):
    """True when ``page`` answers for the site's home page (Wagtail falls back
    to the default language's home when a language has none)."""
    return site is not None and page.pk == site.root_page_id


def languages_with_content(home):
    """``[{code, name, home, sections}]``: the live home pages of ``home`` in
    each language and their public sections, in the settings' order."""
    languages = get_content_languages()
    order = list(languages)
    homes = visibility.public(home.get_translations(inclusive=True)).select_related(
        "locale"
    )
    found = [
        {
            "code": translation.locale.language_code,
            "name": languages[translation.locale.language_code],
            "home": translation,
            "sections": visibility.public(translation.get_children()).specific(),
        }
        for translation in homes
        if translation.locale.language_code in languages
    ]
    return sorted(found, key=lambda language: order.index(language["code"]))


def language_without_content(request, home, language_code):
    context = {
        "language_name": get_content_languages().get(language_code, language_code),
        "languages": languages_with_content(home),
    }
    return TemplateResponse(request, TEMPLATE, context)
