"""Press releases (thông cáo báo chí) and the newsroom that lists them."""

from django.db import models
from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    Page,
    PageManager,
    Revision,
    WorkflowState,
    get_default_page_content_type,
)
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..blocks import ArticleBodyBlock
from ..conf import get_setting
from ..localisation.register import for_readers, localize_agencies, register_entries
from ..localisation.status import vietnamese_only_context
from ..public.forms import PressReleaseFilterForm
from ..public.pagination import paginate
from ..publishing.embargo import EmbargoMixin
from ..publishing.sources import in_default_language
from ..publishing.visibility import public_pages, public_spokespersons
from .agencies import Agency
from .folded_search import FoldedSearchMixin
from .sections import SectionPage
from .spokespersons import Spokesperson
from .topics import tag_field


class PressReleaseIndexPage(SectionPage):
    """The newsroom: every release of the portal, newest first.

    Visitors filter by agency, year and tag with plain GET parameters
    (``?agency=3&year=2025&tag=dat-dai``), so filtered lists can be linked to.
    """

    subpage_types = ["portal_press.PressReleasePage"]

    class Meta:
        verbose_name = _("press release index")
        verbose_name_plural = _("press release indexes")

    def public_releases(self):
        return public_pages(PressReleasePage.objects.child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        releases = self.public_releases()
        form = PressReleaseFilterForm(
            request.GET,
            agencies=Agency.objects.filter(
                pk__in=releases.values("issuing_agency")
            ).order_by("name"),
            years=[d.year for d in releases.dates("released_at", "year", order="DESC")],
        )
        if form.is_valid():
            releases = self.filter_releases(releases, **form.cleaned_data)
        releases = releases.select_related("issuing_agency").prefetch_related("tags")
        context["filter_form"] = form
        context["vietnamese_only"] = vietnamese_only_context(self, PressReleasePage)
        context["releases"] = paginate(
            request,
            releases.order_by("-released_at", "-pk"),
            get_setting("RELEASES_PER_PAGE"),
        )
        return context

    @staticmethod
    def filter_releases(releases, agency=None, year=None, tag=""):
        if agency is not None:
            releases = releases.filter(issuing_agency=agency)
        if year is not None:
            releases = releases.filter(released_at__year=year)
        if tag:
            releases = releases.filter(tags__slug=tag)
        return releases


class PressReleaseTag(ItemBase):
    tag = tag_field("tagged_press_releases")
    content_object = ParentalKey(
        "portal_press.PressReleasePage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class PressReleaseQuerySet(PageQuerySet):
    """Editorial states of releases, as the communications office names them."""

    def awaiting_approval(self):
        return self.filter(
            Exists(
                WorkflowState.objects.active().filter(
                    base_content_type=get_default_page_content_type(),
                    object_id=Cast(OuterRef("pk"), output_field=CharField()),
                )
            )
        )

    def scheduled(self):
        """Not live yet, with a publication time approved for the future."""
        return self.filter(
            Exists(
                Revision.page_revisions.exclude(
                    approved_go_live_at__isnull=True
                ).filter(object_id=Cast(OuterRef("pk"), output_field=CharField()))
            )
        )

    def embargoed(self, now=None):
        return self.filter(live=True, embargo_until__gt=now or timezone.now())

    def released(self, now=None):
        """Live and past any embargo."""
        return self.live().exclude(embargo_until__gt=now or timezone.now())

    def withdrawn(self):
        """Published once, then unpublished."""
        return self.filter(live=False, first_published_at__isnull=False)

    def drafts(self):
        """Never published."""
        return self.filter(live=False, first_published_at__isnull=True)


PressReleaseManager = PageManager.from_queryset(PressReleaseQuerySet)


class PressReleasePage(FoldedSearchMixin, EmbargoMixin, Page):
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
    released_at = models.DateTimeField(
        _("release date and time"),
        default=timezone.now,
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

    objects = PressReleaseManager()

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
    ]

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

    parent_page_types = ["portal_press.PressReleaseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")

    def get_media_contacts(self):
        """The spokespersons to call about this release, as of today.

        The contacts chosen by the editor if any of them is still current,
        otherwise the current spokespersons of the issuing agency (or of the
        agency that replaced it). Taken from the Vietnamese register, shown in
        the release's language.
        """
        chosen_keys = [
            contact.spokesperson.translation_key
            for contact in self.media_contacts.select_related("spokesperson")
        ]
        chosen = public_spokespersons(register_entries(chosen_keys)).for_cards()
        people = sorted(chosen, key=lambda p: chosen_keys.index(p.translation_key))
        if not people:
            people = self.issuing_agency_spokespersons()
        return for_readers(people, self.locale)

    def issuing_agency_spokespersons(self):
        agency = (
            in_default_language(Agency.objects.all())
            .filter(translation_key=self.issuing_agency.translation_key)
            .first()
        ) or self.issuing_agency
        if not agency.is_active:
            agency = agency.successor
        if agency is None:
            return []
        return list(
            public_spokespersons(Spokesperson.objects.filter(agency=agency))
            .filter(role__requires_scope=False)
            .for_cards()
            .order_by("role__sort_order", "full_name")
        )

    def get_public_related_pages(self):
        """Related pages, in the release's language where they are translated."""
        linked = public_pages(
            Page.objects.filter(pk__in=self.related_links.values("linked_page"))
        )
        translated = {
            page.translation_key: page
            for page in public_pages(
                Page.objects.filter(
                    locale=self.locale,
                    translation_key__in=linked.values("translation_key"),
                )
            )
        }
        return [translated.get(page.translation_key, page) for page in linked]

    def get_corrections(self):
        return sorted(
            self.corrections.all(), key=lambda c: c.corrected_at, reverse=True
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["issuing_agency"] = localize_agencies(
            [self.issuing_agency], self.locale
        )[0]
        context["co_issuers"] = localize_agencies(
            [link.agency for link in self.co_issuers.select_related("agency")],
            self.locale,
        )
        context["media_contacts"] = self.get_media_contacts()
        context["related_pages"] = self.get_public_related_pages()
        context["corrections"] = self.get_corrections()
        context["under_embargo"] = self.is_under_embargo()
        return context
