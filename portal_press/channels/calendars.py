"""Trainings as iCalendar events (RFC 5545), in the reader's language.

The UID comes from the training's translation key, so it is the same after
any edit and in every language: a calendar that saved the Vietnamese event
and later the English one holds one event. The date, time and status are
read on the Vietnamese source, which decides for every language; so is the
SEQUENCE (``schedule_sequence``, counted on each published change of date,
time or status), and a cancelled training is sent with ``STATUS:CANCELLED``
so that calendars that hold it cross it out.
"""

import datetime
from urllib.parse import urlsplit

import icalendar
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import __version__
from ..models import TrainingFormat
from ..publishing.clock import portal_now, portal_timezone

PRODID = f"-//portal_press//portal_press {__version__}//VI"
REFRESH = datetime.timedelta(hours=1)


def uid(training, host, point=None):
    if point is None:
        return f"training-{training.translation_key}@{host}"
    return f"training-{training.translation_key}-point-{point.translation_key}@{host}"


def _local(moment):
    return timezone.localtime(moment, portal_timezone())


def venue(training):
    return ", ".join(
        part for part in (training.main_venue, training.main_venue_address) if part
    )


def location(training, point=None):
    if point is not None:
        return ", ".join(part for part in (point.name, point.address) if part)
    if training.event_format == TrainingFormat.ONLINE and training.meeting_url:
        return venue(training) or training.meeting_url
    return venue(training)


def description(training, url, points):
    """The event's text: what the page says about taking part."""
    lines = [training.lead] if training.lead else []
    lines.append(f"{_('Format')}: {training.get_event_format_display()}")
    if place := venue(training):
        lines.append(f"{_('Main connection point') if points else _('Venue')}: {place}")
    if training.meeting_url:
        lines.append(f"{_('Online meeting link')}: {training.meeting_url}")
    if points:
        lines.append(f"{_('Connection points')} ({len(points)}):")
        lines += [
            "- " + ", ".join(part for part in (point.name, point.address) if part)
            for point in points
        ]
    if training.registration_url and training.registration_open:
        lines.append(f"{_('Register')}: {training.registration_url}")
    lines.append(url)
    return "\n".join(lines)


def organizer(agency):
    """The organiser as a calendar address: its email, else its website."""
    address = f"mailto:{agency.email}" if agency.email else agency.website
    if not address:
        return None
    return icalendar.vCalAddress(address), {"CN": agency.name}


def training_event(training, source, organiser, url, points, point=None, now=None):
    """The VEVENT of ``training`` (or of one of its connection ``points``).

    ``source`` is the Vietnamese training, whose schedule decides;
    ``organiser`` the agency named in the reader's language.
    """
    event = icalendar.Event()
    event.add("uid", uid(training, urlsplit(url).hostname or "localhost", point))
    event.add("dtstamp", now or portal_now())
    event.add("dtstart", _local(source.starts_at))
    event.add("dtend", _local(source.ends_at))
    event.add("sequence", source.schedule_sequence)
    event.add("status", "CANCELLED" if source.is_cancelled else "CONFIRMED")
    title = training.title
    if source.is_cancelled:
        title = _("Cancelled: %(title)s") % {"title": title}
    if point is not None:
        title = f"{title} ({point.name})"
    event.add("summary", title)
    event.add("description", description(training, url, points))
    if where := location(training, point):
        event.add("location", where)
    event.add("url", url)
    if found := organizer(organiser):
        address, parameters = found
        event.add("organizer", address, parameters=parameters)
    if training.meeting_url:
        event.add(
            "conference",
            training.meeting_url,
            parameters={"VALUE": "URI", "FEATURE": "VIDEO"},
        )
    if training.last_published_at:
        event.add("last-modified", training.last_published_at)
    if source.first_published_at:
        event.add("created", source.first_published_at)
    return event


def calendar(name, language_code):
    """An empty VCALENDAR named ``name``, with the portal's VTIMEZONE."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name, parameters={"LANGUAGE": language_code})
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", str(portal_timezone()))
    cal.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", icalendar.vDuration(REFRESH).to_ical().decode())
    cal.add_component(icalendar.Timezone.from_tzinfo(portal_timezone()))
    return cal


def calendar_name(*parts):
    return " – ".join(part for part in parts if part)
