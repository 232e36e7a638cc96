"""Pagination of public listings, strict about the page number it is given."""

from django.core.paginator import Paginator
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def requested_page(request, param="page"):
    """The page number asked for; a 404 with a message if it is not one."""
    raw = request.GET.get(param, "1")
    try:
        number = int(raw)
    except ValueError:
        raise Http404(_("“%(page)s” is not a page number.") % {"page": raw}) from None
    if number < 1:
        raise Http404(_("“%(page)s” is not a page number.") % {"page": raw})
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
