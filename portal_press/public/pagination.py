"""Pagination of public listings, strict about the page number it is given."""

from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# Longer than any page number a visitor can mean; a longer one is refused
# before Python or the database has to handle it.
MAX_DIGITS = 9


def requested_page(request, param="page", last=None):
    """The page number asked for; a 404 with a message if it is not one,
    if there are several, or if it is beyond ``last`` (when known before
    anything is counted)."""
    values = request.GET.getlist(param)
    if len(values) > 1:
        raise Http404(_("Give one page number, not several."))
    raw = values[0] if values else "1"
    if not (raw.isascii() and raw.isdigit() and len(raw) <= MAX_DIGITS):
        raise Http404(_("“%(page)s” is not a page number.") % {"page": raw[:20]})
    number = int(raw)
    if number < 1:
        raise Http404(_("“%(page)s” is not a page number.") % {"page": raw})
    if last is not None and number > last:
        raise Http404(
            ngettext(
                "There is no page %(page)s: at most %(count)s page can be shown.",
                "There is no page %(page)s: at most %(count)s pages can be shown.",
                last,
            )
            % {"page": number, "count": last}
        )
    return number


def paginate(request, queryset, per_page, param="page"):
    """Return the requested page of ``queryset``.

    A page number that is not a positive whole number, or beyond the last
    page, is a 404 with a message saying so, not a silent jump elsewhere.
    """
    paginator = Paginator(queryset, per_page)
    number = requested_page(request, param)
    if number > paginator.num_pages:
        raise Http404(
            ngettext(
                "There is no page %(page)s: this list has %(count)s page.",
                "There is no page %(page)s: this list has %(count)s pages.",
                paginator.num_pages,
            )
            % {"page": number, "count": paginator.num_pages}
        )
    return paginator.page(number)
