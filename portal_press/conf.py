"""The app's settings, read from one ``PORTAL_PRESS`` dict in the host's settings.

Every value has a default, so a site only sets what it wants to change::

    PORTAL_PRESS = {"EXPIRY_WARNING_DAYS": 45}
"""

from django.conf import settings

DEFAULTS = {
    # Releases shown on one page of the newsroom.
    "RELEASES_PER_PAGE": 20,
    # Results shown on one page of the public search.
    "SEARCH_RESULTS_PER_PAGE": 20,
    # A search on the database engine that matches more entries than this
    # ranks and counts the most recent of them, and the page says so: a
    # common word would otherwise rank tens of thousands on every request.
    "SEARCH_RANKED_LIMIT": 1000,
    # Past trainings shown on one page of the training index.
    "TRAININGS_PER_PAGE": 20,
    # Agencies shown on one page of the spokesperson directory (the whole
    # directory stays one link away, to print it).
    "DIRECTORY_AGENCIES_PER_PAGE": 10,
    # A spokesperson whose appointment ends within this many days is flagged
    # in the admin and on the dashboard.
    "EXPIRY_WARNING_DAYS": 30,
    # How far ahead the dashboard looks for trainings.
    "DASHBOARD_TRAINING_DAYS": 14,
    # Rows shown in each block of the dashboard panel.
    "DASHBOARD_ROWS": 8,
    # Page types under which the section pages (newsroom, directory, training
    # index, promotion hub) may be created, as "app_label.ModelName" strings.
    # None allows any page that accepts them.
    "SECTION_PARENT_PAGE_TYPES": None,
    # The language the law requires for agencies' structure and functions and
    # officials' contact details (Decree 42/2022/NĐ-CP): checked by the
    # "Required English content" report.
    "REQUIRED_TRANSLATION_LANGUAGE": "en",
    # Languages a spokesperson may speak with the press, as language codes;
    # their names come from Django's translated language list.
    "PRESS_LANGUAGES": ["vi", "en", "zh-hans", "ko", "ja", "fr", "km", "lo"],
    # Releases in one page of a feed (older ones on ?page=2, …).
    "FEED_ITEMS": 50,
    # Pages (with all their translations) in one page of the sitemap; a
    # sitemap index lists the pages when there are more.
    "SITEMAP_PAGE_SIZE": 2000,
    # TrueType fonts for the PDF of releases and trainings, as
    # {"regular": path, "bold": path}; None uses the bundled DejaVu Sans,
    # which covers Vietnamese, English and French. Add "fallback": [paths]
    # (e.g. Noto Sans CJK) for Chinese, Japanese or Korean translations.
    "PDF_FONTS": None,
    # The public search's Elasticsearch 8 server, or None to search the
    # database's own index. A dict such as
    # {"URL": "http://localhost:9200", "INDEX": "portal_press", "TIMEOUT": 2}:
    # INDEX is the alias searched (the real index is INDEX-<timestamp>, built
    # by `manage.py portal_press_rebuild_index`), TIMEOUT is in seconds.
    # If the server fails, the search answers from the database.
    "ELASTICSEARCH": None,
    # Seconds an anonymous visitor's page stays in the page cache (when
    # portal_press.cache.middleware.PageCacheMiddleware is installed), and
    # the cache of settings.CACHES it uses. Content events end an entry
    # sooner, and no entry outlives the next embargo's end or appointment's
    # start or end.
    "PAGE_CACHE_SECONDS": 300,
    "PAGE_CACHE_ALIAS": "default",
    # A streamed response larger than this (a calendar of every training) is
    # sent but not kept by the page cache.
    "PAGE_CACHE_MAX_BYTES": 2_000_000,
    # Seconds a browser or proxy may keep a public page (Cache-Control).
    "BROWSER_CACHE_SECONDS": 60,
}


def get_setting(name):
    """Return the host's value for ``name`` or the app's default."""
    return getattr(settings, "PORTAL_PRESS", {}).get(name, DEFAULTS[name])
