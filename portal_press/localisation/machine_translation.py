"""Machine translation that writes official names as the glossary has them.

Configure it around any wagtail-localize translator (DeepL, Google,
LibreTranslate…)::

    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "portal_press.localisation.machine_translation.GlossaryTranslator",
        "OPTIONS": {
            "TRANSLATOR": {
                "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
                "OPTIONS": {"AUTH_KEY": "…"},
            },
        },
    }

A segment that is exactly an official name in the glossary (an agency, a
title, a kind of agency) gets the official translation; every other segment
goes to the wrapped translator. The result is a draft: a person still
reviews and publishes it.

Each call leaves :attr:`GlossaryTranslator.last_report` (how many segments
the glossary and the wrapped translator filled), from which the admin tells
the editor what changed, or that nothing did.
"""

from dataclasses import dataclass

from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue

from .glossary import official_names


@dataclass(frozen=True)
class TranslationReport:
    asked: int  # distinct texts the translator was given
    from_glossary: int  # of which the glossary had the official name
    from_translator: int  # of which the wrapped translator returned a text


class GlossaryTranslator(BaseMachineTranslator):
    last_report = None

    def __init__(self, options):
        super().__init__(options)
        config = options.get("TRANSLATOR")
        self.translator = (
            import_string(config["CLASS"])(config.get("OPTIONS", {}))
            if config
            else None
        )

    @property
    def display_name(self):
        if self.translator is None:
            return _("Official names glossary")
        return _("%(translator)s with the official names glossary") % {
            "translator": self.translator.display_name
        }

    def can_translate(self, source_locale, target_locale):
        if self.translator is not None:
            return self.translator.can_translate(source_locale, target_locale)
        return source_locale != target_locale

    def translate(self, source_locale, target_locale, strings):
        texts = {string: string.render_text() for string in strings}
        names = official_names(texts.values(), target_locale, source_locale)
        translated = {
            string: StringValue.from_plaintext(names[text])
            for string, text in texts.items()
            if text in names
        }
        from_glossary = len(translated)
        rest = [string for string in strings if string not in translated]
        if rest and self.translator is not None:
            translated.update(
                {
                    string: value
                    for string, value in self.translator.translate(
                        source_locale, target_locale, rest
                    ).items()
                    if value is not None and value.data is not None
                }
            )
        self.last_report = TranslationReport(
            asked=len(texts),
            from_glossary=from_glossary,
            from_translator=len(translated) - from_glossary,
        )
        return translated
