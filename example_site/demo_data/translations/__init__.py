"""Translations of the demo content, by target language.

``TEXTS[language_code]`` maps each Vietnamese string, exactly as wagtail-localize
extracts it from the source (rich text as an HTML fragment, one list item or
paragraph at a time), to its translation. Data only: ``translating.py`` uses it.
"""

from .en_news import NEWS as EN_NEWS
from .en_pages import PAGES as EN_PAGES
from .en_registers import REGISTERS as EN_REGISTERS
from .zh_hans import TEXTS as ZH_HANS

TEXTS = {
    "en": {**EN_REGISTERS, **EN_PAGES, **EN_NEWS},
    "zh-hans": ZH_HANS,
}
