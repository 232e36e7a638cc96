"""What the four section pages (newsroom, directory, trainings, promotion hub) share."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from ..blocks import RICH_TEXT_FEATURES
from ..conf import get_setting
from .page_mixins import PortalPageMixin


def section_parent_page_types(*extra):
    """Where a section page may be created: the host's choice, plus ``extra``.

    ``None`` (the default setting) lets editors add sections under any page
    that accepts them; the app's own pages accept none, so a section can never
    end up inside a release or a training.
    """
    configured = get_setting("SECTION_PARENT_PAGE_TYPES")
    if configured is None:
        return None
    return [*configured, *extra]


class SectionPage(PortalPageMixin, Page):
    """A page that introduces and lists one family of content."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A few sentences shown above the list."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = section_parent_page_types()

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        # Filters that cannot be applied are explained on the page; the status
        # tells crawlers and scripts that the request itself was wrong.
        form = response.context_data.get("filter_form")
        if form is not None and form.errors:
            response.status_code = 400
        return response
