"""The public directory of spokespersons."""

from django.utils.translation import gettext_lazy as _

from .sections import SectionPage


class SpokespersonDirectoryPage(SectionPage):
    """Who a journalist should call, at every agency of the province.

    Lists the spokespersons whose appointment is valid today at an active
    agency, grouped by kind of agency and agency. Closed agencies and expired
    appointments never appear.
    """

    context_builder = "portal_press.public.directory.directory_context"

    subpage_types = []

    class Meta:
        verbose_name = _("spokesperson directory")
        verbose_name_plural = _("spokesperson directories")
