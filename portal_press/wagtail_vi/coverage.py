"""How much of the Wagtail admin an officer reads in Vietnamese.

For each upstream catalogue (an app and a gettext domain), the msgids are
read from the app's English ``.po`` file, the source every translation starts
from. A msgid counts as translated when the running site, with ``vi`` active,
returns something other than the English text: ``gettext``, ``ngettext``
(for plural entries, on the plural form) or ``pgettext`` for the ``django``
domain, and for ``djangojs`` the catalogue that the app's JavaScript view
really serves (its own package's ``locale/`` plus ``LOCALE_PATHS``).

So the share measures what a person sees, whichever app the translation
comes from, and drops whenever an upgrade of Wagtail adds strings.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.utils import translation
from django.utils.translation.trans_real import DjangoTranslation

#: (app name, domain) of every catalogue the admin shows an officer.
CATALOGUES = [
    ("wagtail", "django"),
    ("wagtail.admin", "django"),
    ("wagtail.snippets", "django"),
    ("wagtail.documents", "django"),
    ("wagtail.images", "django"),
    ("wagtail.users", "django"),
    ("wagtail.search", "django"),
    ("wagtail.contrib.table_block", "django"),
    ("wagtail_localize", "django"),
    ("wagtail_localize.locales", "django"),
    ("wagtail.admin", "djangojs"),
    ("wagtail_localize", "djangojs"),
]


@dataclass(frozen=True)
class Message:
    msgid: str
    plural: str = ""
    context: str = ""


@dataclass(frozen=True)
class Share:
    app: str
    domain: str
    translated: int
    total: int

    @property
    def ratio(self):
        return self.translated / self.total if self.total else 1.0


def read_messages(po_path):
    """The msgids of a .po file (no third-party parser needed for this much)."""
    messages, entry, key = [], {}, None
    lines = Path(po_path).read_text(encoding="utf-8").splitlines()
    for line in [*lines, ""]:
        line = line.strip()
        if line.startswith('"') and key:
            entry[key] += ast.literal_eval(line)
        elif line.startswith(("msgctxt ", "msgid ", "msgid_plural ")):
            key, _, value = line.partition(" ")
            entry[key] = ast.literal_eval(value)
        elif not line or line.startswith("#"):
            if entry.get("msgid"):
                messages.append(
                    Message(
                        entry["msgid"],
                        entry.get("msgid_plural", ""),
                        entry.get("msgctxt", ""),
                    )
                )
            entry, key = {}, None
        else:
            key = None  # a msgstr line
    return messages


def is_translated(message, catalogue):
    if message.context and message.plural:
        text = catalogue.npgettext(message.context, message.msgid, message.plural, 2)
    elif message.context:
        text = catalogue.pgettext(message.context, message.msgid)
    elif message.plural:
        text = catalogue.ngettext(message.msgid, message.plural, 2)
    else:
        text = catalogue.gettext(message.msgid)
    return text != (message.plural or message.msgid)


def measure(language="vi", catalogues=CATALOGUES):
    """One Share per catalogue of an installed app, in the order listed."""
    shares = []
    with translation.override(language):
        for app, domain in catalogues:
            config = next((c for c in apps.get_app_configs() if c.name == app), None)
            if config is None:
                continue
            locale = Path(config.path) / "locale"
            source = locale / "en" / "LC_MESSAGES" / f"{domain}.po"
            if not source.exists():
                continue
            if domain == "django":
                catalogue = translation
            else:
                catalogue = DjangoTranslation(
                    language, domain=domain, localedirs=[str(locale)]
                )
            messages = read_messages(source)
            done = sum(is_translated(m, catalogue) for m in messages)
            shares.append(Share(app, domain, done, len(messages)))
    return shares


def total(shares):
    return Share(
        "total",
        "",
        sum(s.translated for s in shares),
        sum(s.total for s in shares),
    )
