"""When the register is public: agencies that are open, appointments in force.

An agency is public while it is active; a spokesperson while published,
from the first day of the appointment to the end of its last day in the
province's time zone, at an agency the public may see. Both follow their
source: closing the Vietnamese agency, or ending the Vietnamese appointment,
takes every language's entry off the public site at once.

The admin's register uses the same definitions of "current" and "ending
soon" (:func:`current`, :func:`expiring`), so the editors' flags and the
public directory never disagree.
"""

import datetime

from django.db.models import Min, Q

from . import events, visibility
from .clock import end_of_day, portal_today, start_of_day
from .rules import Crossing, TranslatedRule, sources_only


class AgencyRule(TranslatedRule):
    # A few hundred rows, public or not whatever the time: within a request
    # the public ones are read once (see visibility.public_pks).
    timeless_and_small = True

    def facts(self, model, now, prepared):
        return Q(is_active=True)


def _in_force(day):
    return Q(valid_from__lte=day) & (
        Q(valid_until__isnull=True) | Q(valid_until__gte=day)
    )


def _not_over(day):
    return Q(valid_until__isnull=True) | Q(valid_until__gte=day)


class AppointmentRule(TranslatedRule):
    """For a model with ``valid_from``, ``valid_until`` and an agency foreign key."""

    def __init__(self, agency_field="agency"):
        self.agency_field = agency_field

    def _at_public_agency(self, model, now):
        agencies = model._meta.get_field(self.agency_field).related_model
        return Q(**{f"{self.agency_field}__in": visibility.public_pks(agencies, now)})

    def own_facts(self, model, now, prepared):
        return Q(live=True)

    def lasting_facts(self, model, now, prepared):
        return (
            Q(live=True)
            & _not_over(portal_today(now))
            & self._at_public_agency(model, now)
        )

    def facts(self, model, now, prepared):
        day = portal_today(now)
        return Q(live=True) & _in_force(day) & self._at_public_agency(model, now)

    def window(self, source):
        last_day = source.valid_until
        return (
            start_of_day(source.valid_from),
            end_of_day(last_day) if last_day else None,
        )

    def next_boundary(self, model, now):
        today = portal_today(now)
        rows = model._default_manager.filter(live=True)
        first_day = rows.filter(valid_from__gt=today).aggregate(at=Min("valid_from"))
        last_day = rows.filter(valid_until__gte=today).aggregate(at=Min("valid_until"))
        times = []
        if first_day["at"]:
            times.append(start_of_day(first_day["at"]))
        if last_day["at"]:
            times.append(end_of_day(last_day["at"]))
        return min(times, default=None)

    def crossings(self, model, since, now):
        first, last = portal_today(since), portal_today(now)
        rows = sources_only(model._default_manager.all())
        yield Crossing(
            events.APPOINTMENT_STARTED,
            rows.filter(valid_from__gt=first, valid_from__lte=last),
            lambda person: start_of_day(person.valid_from),
        )
        yield Crossing(
            events.APPOINTMENT_ENDED,
            rows.filter(valid_until__gte=first, valid_until__lt=last),
            lambda person: end_of_day(person.valid_until),
        )


# --- the register's own view of appointments (drafts included) -----------------


def published(queryset):
    """Register entries whose current version is published."""
    return queryset.filter(live=True)


def current(queryset, on=None):
    """Appointments in force on the day ``on`` (today) at an active agency."""
    day = on or portal_today()
    return queryset.filter(_in_force(day), agency__is_active=True)


def not_started(queryset, on=None):
    return queryset.filter(valid_from__gt=on or portal_today())


def expiring(queryset, within_days, on=None):
    """Current appointments whose last day is within ``within_days`` days."""
    day = on or portal_today()
    return current(queryset, day).filter(
        valid_until__lte=day + datetime.timedelta(days=within_days)
    )


def is_current(person, on=None):
    day = on or portal_today()
    return (
        person.valid_from <= day
        and (person.valid_until is None or day <= person.valid_until)
        and person.agency.is_active
    )


def ends_soon(person, within_days, on=None):
    day = on or portal_today()
    if person.valid_until is None or not is_current(person, day):
        return False
    return person.valid_until <= day + datetime.timedelta(days=within_days)
