"""Press releases (thông cáo báo chí) and the newsroom that lists them."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..blocks import ArticleBodyBlock
from ..publishing.corrections import StatementForm
from ..publishing.embargo import EmbargoMixin
from ..publishing.withdrawal import WithdrawalMixin
from .agencies import Agency
from .folded_search import FoldedSearchMixin
from .page_mixins import PortalPageMixin
from .sections import SectionPage
from .topics import tag_field


class PressReleaseIndexPage(SectionPage):
    """The newsroom: every release of the portal, newest first.

    Visitors filter by agency, year and tag with plain GET parameters
    (``?agency=3&year=2025&tag=dat-dai``), so filtered lists can be linked to.
    """

    context_builder = "portal_press.public.newsroom.newsroom_context"

    subpage_types = ["portal_press.PressReleasePage"]

    class Meta:
        verbose_name = _("press release index")
        verbose_name_plural = _("press release indexes")


class PressReleaseTag(ItemBase):
    tag = tag_field("tagged_press_releases")
    content_object = ParentalKey(
        "portal_press.PressReleasePage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class PressReleasePage(
    PortalPageMixin, FoldedSearchMixin, EmbargoMixin, WithdrawalMixin, Page
):
    """A press release issued by an agency.

    Written by the agency's communications officer, approved by a leader,
    published at the release time or held under embargo. Corrections are
    added below the release, never by silently changing it.
    """

    reference = models.CharField(
        _("release number"),
        max_length=100,
        blank=True,
        help_text=_("The document number, e.g. “Số 12/TCBC-UBND”."),
    )
    issuing_agency = models.ForeignKey(
        Agency,
        verbose_name=_("issuing agency"),
        on_delete=models.PROTECT,
        related_name="press_releases",
    )
    # Indexed: the newsroom, the home page and the feeds show the newest
    # first, and with the index a short list stops reading at its end.
    released_at = models.DateTimeField(
        _("release date and time"),
        default=timezone.now,
        db_index=True,
        help_text=_("The date printed on the release."),
    )
    dateline = models.CharField(
        _("place"),
        max_length=100,
        blank=True,
        help_text=_("Where the release was issued, e.g. “Sóc Trăng”."),
    )
    lead = models.TextField(
        _("lead paragraph"),
        help_text=_("The sapo: one or two sentences that say what happened."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(
        verbose_name=_("tags"), through=PressReleaseTag, blank=True
    )

    # Who answers for the release: its issuing agency's officers and leaders.
    editorial_agency_field = "issuing_agency"

    # The release number is an official reference, identical in every language.
    override_translatable_fields = [SynchronizedField("reference")]

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("reference"),
                FieldPanel("issuing_agency"),
                InlinePanel("co_issuers", label=_("Co-issuing agencies")),
                FieldPanel("released_at"),
                FieldPanel("dateline"),
                FieldPanel("embargo_until"),
            ],
            heading=_("Release"),
        ),
        FieldPanel("lead"),
        FieldPanel("body"),
        InlinePanel(
            "media_contacts",
            label=_("Media contacts"),
            help_text=_(
                "Leave empty to show the issuing agency's current spokespersons."
            ),
        ),
        FieldPanel("tags"),
        InlinePanel("related_links", label=_("Related pages")),
        InlinePanel(
            "corrections",
            label=_("Corrections"),
            help_text=_(
                "Each correction is shown publicly under the release, newest first."
            ),
        ),
        FieldPanel("minor_change"),
        MultiFieldPanel(
            [
                FieldPanel("withdrawal_reason"),
                FieldPanel("withdrawn_at"),
                PageChooserPanel("replaced_by", "portal_press.PressReleasePage"),
                FieldPanel("withdrawal_note"),
            ],
            heading=_("Withdrawal"),
            classname="collapsed",
        ),
    ]
    base_form_class = StatementForm

    search_fields = [
        *Page.search_fields,
        index.SearchField("reference", boost=2),
        index.SearchField("lead"),
        index.SearchField("body"),
        index.RelatedFields(
            "issuing_agency",
            [index.SearchField("name"), index.SearchField("short_name")],
        ),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("issuing_agency"),
        index.FilterField("released_at"),
        index.FilterField("embargo_until"),
        *FoldedSearchMixin.folded_search_fields(),
    ]
    folded_text_fields = (
        "reference",
        "lead",
        "body",
        "issuing_agency.name",
        "issuing_agency.short_name",
        "tags",
    )
    prefetch_for_index = ("tags",)

    # What the JSON API shows besides the title (portal_press.channels.api
    # adds the issuing agency, co-issuers and media contacts, as the page
    # shows them): never the embargo, revisions or who edited.
    api_fields = [
        APIField("reference"),
        APIField("released_at"),
        APIField("dateline"),
        APIField("lead"),
        APIField("body"),
        APIField("tags"),
        APIField("corrections"),
    ]

    context_builder = "portal_press.public.releases.release_context"

    parent_page_types = ["portal_press.PressReleaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
