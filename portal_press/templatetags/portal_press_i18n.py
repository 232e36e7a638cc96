"""Languages of a page: the switcher, hreflang links and the translation notice."""

import re
from dataclasses import dataclass

from django import template
from django.utils.translation import get_language, pgettext
from wagtail.coreutils import (
    get_content_languages,
    get_supported_content_language_variant,
)
from wagtail.models import Locale, Page

from ..cache import fragments
from ..localisation.glossary import glossary_names
from ..localisation.partial import is_partly_untranslated
from ..localisation.status import TranslationStatus, page_translation_state
from ..models.glossary import glossary_key
from ..publishing import request_memo, visibility
from ..publishing.locale_memo import locale_of
from ..publishing.sources import default_language_code
from .portal_press_keep import kept_html

register = template.Library()


@dataclass(frozen=True)
class PageLanguage:
    code: str
    name: str
    page: Page
    is_current: bool
    is_default: bool


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """``{% page_languages page as languages %}``: the languages ``page`` is live in.

    In the order of ``WAGTAIL_CONTENT_LANGUAGES``, each with its own name
    (“Tiếng Việt”, “English”); only translations the public may see.
    """
    page = page or context.get("page")
    if not isinstance(page, Page):
        return []
    return live_languages(page)


LANGUAGES = "page_languages"
request_memo.CONTENT_FACTS.add(LANGUAGES)


def live_languages(page):
    # The head's hreflang links, the switcher and the translation notice
    # ask for the same list, once per request (anew after any save), and
    # between requests it is kept with the page: any event about the page
    # or one of its translations ends it, as does the gate's next boundary.
    if not request_memo.active():
        return _live_languages(page)
    known = request_memo.remembered(LANGUAGES, dict)
    if page.pk not in known:
        path = page.url if page.pk else None
        known[page.pk] = (
            fragments.remembered(
                f"languages:{page.pk}", lambda: _live_languages(page), path=path
            )
            if path
            else _live_languages(page)
        )
    return known[page.pk]


def _live_languages(page):
    languages = get_content_languages()
    order = list(languages)
    default_code = default_language_code()
    translations = visibility.public_few(
        page.get_translations(inclusive=True)
    ).select_related("locale")
    found = [
        PageLanguage(
            code=translation.locale.language_code,
            name=languages.get(translation.locale.language_code, translation.locale),
            page=translation,
            is_current=translation.pk == page.pk,
            is_default=translation.locale.language_code == default_code,
        )
        for translation in translations
        if translation.locale.language_code in languages
    ]
    return sorted(found, key=lambda language: order.index(language.code))


NOTICE_TEMPLATE = "portal_press/includes/translation_notice.html"


@register.simple_tag(takes_context=True)
def translation_notice(context, page):
    """Tells the reader of a translation its source, date, whether it is
    behind, and whether part of it was published untranslated.

    Kept with the page: publishing the source or the translation (partly
    untranslated or not) reaches the translation's path.
    """

    def render():
        values = translation_notice_values(page)
        template_ = context.template.engine.get_template(NOTICE_TEMPLATE)
        return template_.render(context.new(values))

    path = page.url if page.pk else None
    return kept_html(context, f"translation-notice:{page.pk}", path, render)


def translation_notice_values(page):
    state = page_translation_state(page)
    if state is None:
        return {}
    source = state.source
    # The source is public when the switcher lists it (the gate asked).
    public_pks = {language.page.pk for language in live_languages(page)}
    return {
        "source_page": source if source.pk in public_pks else None,
        "source_language": locale_of(source).language_name_localized,
        "translated_at": state.synced_at or page.last_published_at,
        "is_outdated": state.status == TranslationStatus.OUTDATED,
        "is_partly_untranslated": is_partly_untranslated(page),
    }


NUMBER_PREFIX = re.compile(r"^\s*(số|so|no\.?)\s*[:.]?\s*", re.IGNORECASE)


@register.filter
def release_number(reference, bare=False):
    """“Số 12/TCBC-UBND” as a reader of the active language writes it
    (“No. 12/TCBC-UBND”): the number itself is never translated.
    ``|release_number:"bare"`` drops the word, where a label says it."""
    number = NUMBER_PREFIX.sub("", reference or "")
    if not number or bare:
        return number
    return pgettext("number of a document", "No. %(number)s") % {"number": number}


@register.simple_tag(takes_context=True)
def topic_name(context, topic):
    """``{% topic_name tag %}``: a topic as readers of the active language
    call it, from the glossary (two queries per page, none in Vietnamese)."""
    code = get_supported_content_language_variant(get_language())
    if code == default_language_code():
        return topic.name
    request = context.get("request")
    memo = getattr(request, "_portal_press_topic_names", None)
    if memo is None or memo[0] != code:
        memo = (code, glossary_names(Locale.objects.get_for_language(code)))
        if request is not None:
            request._portal_press_topic_names = memo
    return memo[1].get(glossary_key(topic.name), topic.name)
