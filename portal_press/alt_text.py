"""Alternative text: every image an editor places on a page has one, or is
marked decorative (WCAG 2.1, success criterion 1.1.1).

The same rule as Wagtail's own ``ImageBlock``: alternative text written
beside the image, where it is used, since the same photo says different
things in different releases; a decorative image is shown with ``alt=""``
so that screen readers pass over it. Like Wagtail's required fields, the
rule waits while a draft is saved and holds when the page is published or
submitted for approval. Content saved before the rule still shows, with
the image's own description as its alternative text, until it is edited.
"""

from django.utils.translation import gettext_lazy as _

MISSING_ALT_TEXT = _(
    "Write what the image shows for readers who cannot see it, "
    "or tick “decorative image” if it adds nothing to the text."
)

ALT_TEXT_HELP = _(
    "What the image shows, for readers who cannot see it, e.g. “Chủ tịch UBND "
    "tỉnh phát biểu tại hội nghị”. Required unless the image is decorative."
)

DECORATIVE_HELP = _(
    "Tick only if the image adds nothing to the text: screen readers then skip it."
)


def alt_text_missing(image, alt_text, decorative):
    """True when an image is placed with neither alt text nor "decorative"."""
    return image is not None and not decorative and not (alt_text or "").strip()


def image_alt(image, alt_text, decorative):
    """The ``alt`` an image is shown with: empty when decorative; for content
    saved before alt text was required, the image's own description."""
    if decorative or image is None:
        return ""
    return (alt_text or "").strip() or image.default_alt_text


class HeroImageAltFormMixin:
    """A page form whose ``hero_image`` needs ``hero_image_alt`` or
    ``hero_image_decorative``."""

    def clean(self):
        cleaned_data = super().clean()
        if not self.is_deferred_validation and alt_text_missing(
            cleaned_data.get("hero_image"),
            cleaned_data.get("hero_image_alt"),
            cleaned_data.get("hero_image_decorative"),
        ):
            self.add_error("hero_image_alt", MISSING_ALT_TEXT)
        return cleaned_data
