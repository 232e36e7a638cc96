"""Table columns of the admin that Wagtail does not have."""

import datetime

from django.utils import timezone
from wagtail.admin.ui.tables import BooleanColumn, Column


class CalendarDateColumn(Column):
    """A date (“14/12/2026”) or date and time, never a relative phrase.

    Wagtail's ``DateColumn`` says how long ago a moment was; for a date still
    ahead — the end of an appointment, an embargo — it reads “just now”.
    Dates show in the site's short date format; moments in the editor's own
    time zone, as the admin's date fields do.
    """

    cell_template_name = "portal_press/admin/tables/calendar_date_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        value = context["value"]
        is_moment = isinstance(value, datetime.datetime)
        if is_moment and timezone.is_aware(value):
            context["value"] = timezone.localtime(value)
        context["is_moment"] = is_moment
        return context


class YesNoColumn(BooleanColumn):
    """Wagtail's tick or cross, titled “Có”/“Không” instead of True/False."""

    cell_template_name = "portal_press/admin/tables/yes_no_cell.html"
