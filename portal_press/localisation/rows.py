"""One row per item: an item and its translations are one thing to an editor.

A translated agency is one agency in eight languages, not eight agencies.
Admin lists, filters, choosers and the dashboard show the item once, in the
default language, and reach its translations through :func:`attach_translations`
(links or badges per language) instead of listing each language as a row.
"""

from collections import defaultdict

from django.db.models import Exists, OuterRef, Q
from wagtail.coreutils import get_content_languages
from wagtail.models import Page

from ..publishing.sources import default_language_code


def one_per_item(queryset):
    """``queryset`` with one row per item: the row in the default language,
    or, for an item written directly in another language, that row."""
    default = default_language_code()
    sources = queryset.model._default_manager.filter(
        locale__language_code=default, translation_key=OuterRef("translation_key")
    )
    return queryset.filter(Q(locale__language_code=default) | ~Exists(sources))


def _language_order():
    return {code: index for index, code in enumerate(get_content_languages())}


def attach_translations(objects):
    """Give each of ``objects`` a ``translations`` list: its other languages.

    ``objects`` are instances of one translatable model (pages of any type);
    each translation carries ``locale`` and, for models with drafts, ``live``.
    One query, whatever the number of objects. Returns ``objects`` as a list.
    """
    objects = list(objects)
    if not objects:
        return objects
    model = Page if isinstance(objects[0], Page) else type(objects[0])
    keys = {obj.translation_key for obj in objects}
    found = defaultdict(list)
    order = _language_order()
    others = (
        model._default_manager.filter(translation_key__in=keys)
        .exclude(pk__in=[obj.pk for obj in objects])
        .select_related("locale")
    )
    for translation in others:
        found[translation.translation_key].append(translation)
    for obj in objects:
        obj.translations = sorted(
            found[obj.translation_key],
            key=lambda t: order.get(t.locale.language_code, len(order)),
        )
    return objects
