"""Promotion of the province to foreign readers (quảng bá hình ảnh ra nước ngoài).

Written in Vietnamese and meant to be translated: investment, tourism,
culture, key figures. A promotion page can hold child promotion pages, so
the hub and its topics share one page type.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from rest_framework.fields import CharField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..alt_text import (
    ALT_TEXT_HELP,
    DECORATIVE_HELP,
    HeroImageAltFormMixin,
    image_alt,
)
from ..blocks import ArticleBodyBlock
from ..page_forms import PortalPageForm
from .agencies import Agency
from .folded_search import FoldedSearchMixin
from .links import DocumentLink
from .page_mixins import PortalPageMixin
from .sections import section_parent_page_types
from .spokespersons import Spokesperson


class ProvincePromotionPageForm(HeroImageAltFormMixin, PortalPageForm):
    pass


class ProvincePromotionPage(PortalPageMixin, FoldedSearchMixin, Page):
    """The province presented to investors, tourists and foreign partners."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("A wide photo shown above the title."),
    )
    hero_image_decorative = models.BooleanField(
        _("decorative hero image"), default=False, help_text=DECORATIVE_HELP
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=ALT_TEXT_HELP,
    )
    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A short paragraph shown under the title."),
    )
    sections = StreamField(ArticleBodyBlock(), verbose_name=_("sections"), blank=True)
    contact_agency = models.ForeignKey(
        Agency,
        verbose_name=_("contact agency"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The agency investors or the foreign press should contact."),
    )
    contact_spokesperson = models.ForeignKey(
        Spokesperson,
        verbose_name=_("contact person"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "Optional: a named spokesperson, shown while the appointment is valid."
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_image_decorative"),
                FieldPanel("hero_image_alt"),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("introduction"),
        InlinePanel("key_figures", label=_("Key figures")),
        FieldPanel("sections"),
        MultiFieldPanel(
            [FieldPanel("contact_agency"), FieldPanel("contact_spokesperson")],
            heading=_("Contact for investors and the press"),
        ),
        InlinePanel("brochures", label=_("Brochures")),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("sections"),
        *FoldedSearchMixin.folded_search_fields(),
    ]
    folded_text_fields = ("introduction", "sections")

    # The JSON API adds the contact agency and person, while they are public.
    api_fields = [
        APIField("introduction"),
        APIField(
            "hero_image",
            serializer=ImageRenditionField("fill-1200x630"),
        ),
        # The alt the page shows its hero image with ("" when decorative).
        APIField("hero_image_alt", serializer=CharField(source="hero_alt")),
        APIField("key_figures"),
        APIField("sections"),
    ]

    base_form_class = ProvincePromotionPageForm
    context_builder = "portal_press.public.promotion.promotion_context"

    @property
    def hero_alt(self):
        return image_alt(
            self.hero_image, self.hero_image_alt, self.hero_image_decorative
        )

    parent_page_types = section_parent_page_types("portal_press.ProvincePromotionPage")
    subpage_types = ["portal_press.ProvincePromotionPage"]

    class Meta:
        verbose_name = _("province promotion page")
        verbose_name_plural = _("province promotion pages")


class KeyFigure(TranslatableMixin, Orderable):
    """A figure such as area, population or GRDP growth, with its year."""

    page = ParentalKey(
        ProvincePromotionPage, on_delete=models.CASCADE, related_name="key_figures"
    )
    label = models.CharField(
        _("label"), max_length=120, help_text=_("e.g. “Diện tích”, “Tăng trưởng GRDP”.")
    )
    value = models.DecimalField(_("value"), max_digits=18, decimal_places=2)
    unit = models.CharField(
        _("unit"), max_length=40, blank=True, help_text=_("e.g. “km²”, “%”, “người”.")
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)

    panels = [
        FieldPanel("label"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit"), FieldPanel("year")]),
    ]

    api_fields = ["label", "value", "unit", "year"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def clean(self):
        super().clean()
        if self.year is not None and not 1900 <= self.year <= 2100:
            raise ValidationError(
                {"year": _("Give the year the figure refers to, e.g. 2025.")}
            )


class Brochure(TranslatableMixin, DocumentLink, Orderable):
    page = ParentalKey(
        ProvincePromotionPage, on_delete=models.CASCADE, related_name="brochures"
    )

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("brochure")
        verbose_name_plural = _("brochures")
