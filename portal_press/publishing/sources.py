"""The default (source) language, without a database query."""

from django.conf import settings
from wagtail.coreutils import get_supported_content_language_variant


def default_language_code():
    """The language every translation starts from: the site's LANGUAGE_CODE."""
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def in_default_language(queryset):
    """``queryset`` narrowed to the default language, by a join not a lookup."""
    return queryset.filter(locale__language_code=default_language_code())
