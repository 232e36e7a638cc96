"""StreamField blocks for release bodies and promotion sections.

Block paths are frozen by migrations: rename with care. There is deliberately
no raw HTML block: everything an editor writes is escaped or sanitised.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.telepath import register
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlockAdapter, ImageChooserBlock

from .alt_text import (
    ALT_TEXT_HELP,
    DECORATIVE_HELP,
    MISSING_ALT_TEXT,
    alt_text_missing,
    image_alt,
)

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "portal_press/blocks/heading.html"


class CaptionedImageValue(blocks.StructValue):
    @property
    def alt(self):
        return image_alt(
            self.get("image"), self.get("alt_text"), self.get("decorative")
        )


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its alternative text, caption and credit.

    Mirrors Wagtail's ``ImageBlock`` (its admin script too: ticking
    "decorative" disables the alt text field, and choosing an image fills an
    empty one with the image's description, or else its title), keeping the
    caption and credit that ``ImageBlock`` has no room for. See
    :mod:`portal_press.alt_text`.
    """

    image = ImageChooserBlock(label=_("image"))
    decorative = blocks.BooleanBlock(
        label=_("decorative image"),
        required=False,
        default=False,
        help_text=DECORATIVE_HELP,
    )
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        max_length=250,
        help_text=ALT_TEXT_HELP,
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("photo credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "portal_press/blocks/image.html"
        value_class = CaptionedImageValue

    def clean(self, value):
        value = super().clean(value)
        if not self.is_deferred_validation and alt_text_missing(
            value.get("image"), value.get("alt_text"), value.get("decorative")
        ):
            raise StructBlockValidationError(
                block_errors={"alt_text": ValidationError(MISSING_ALT_TEXT)}
            )
        return value


register(ImageBlockAdapter(), CaptionedImageBlock)


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(
        label=_("attribution"),
        required=False,
        max_length=200,
        help_text=_("Who said it, with their position."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "portal_press/blocks/quote.html"


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "portal_press/blocks/attachment.html"


class ArticleBodyBlock(blocks.StreamBlock):
    """The body of a release and the sections of a promotion page."""

    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, icon="pilcrow"
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    table = TableBlock(label=_("Table"), template="portal_press/blocks/table.html")
    document = AttachmentBlock()
    embed = EmbedBlock(
        label=_("Embedded media"),
        icon="media",
        template="portal_press/blocks/embed.html",
    )
