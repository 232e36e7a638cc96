"""The languages portal_press ships for, and what Django needs to know of them.

A site chooses its own list in settings; this is the shipped configuration,
Vietnamese first::

    from portal_press.localisation.languages import PORTAL_LANGUAGES
    LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = PORTAL_LANGUAGES
"""

import django.conf.locale

PORTAL_LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
    ("zh-hans", "简体中文"),
    ("ko", "한국어"),
    ("ja", "日本語"),
    ("fr", "Français"),
    ("km", "ភាសាខ្មែរ"),
    ("lo", "ພາສາລາວ"),
]

# Languages of the province's partners that Django itself does not describe.
EXTRA_LANGUAGE_INFO = {
    "lo": {"bidi": False, "code": "lo", "name": "Lao", "name_local": "ພາສາລາວ"},
}


def register_language_info():
    """Teach Django the languages it lacks, so that their names can be shown."""
    for code, info in EXTRA_LANGUAGE_INFO.items():
        django.conf.locale.LANG_INFO.setdefault(code, info)
