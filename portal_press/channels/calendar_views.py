"""Calendar downloads and subscriptions of trainings.

``.ics`` of one training and of each of its connection points, and a feed of
the upcoming trainings of the whole site or of one organising agency, to
subscribe to (GET, no login, no redirect: ``webcal://`` works with the same
address). A feed is written a chunk of trainings at a time.
"""

from django.http import Http404, StreamingHttpResponse
from django.utils.translation import gettext as _
from wagtail.models import Site

from ..localisation.register import localize_agencies
from ..models import TrainingAnnouncementPage
from ..publishing import visibility
from ..publishing.clock import portal_now
from ..publishing.sources import sources_by_key
from . import lookup
from .calendars import calendar, calendar_name, training_event
from .chunks import in_chunks
from .responses import CALENDAR, download, file_name


def _event(training, source, organiser, request, point=None):
    points = list(training.connection_points.all())
    return training_event(
        training, source, organiser, training.get_full_url(request), points, point
    )


def _one_training(request, key):
    locale = lookup.reader_locale()
    training = lookup.public_page(TrainingAnnouncementPage, key, locale)
    organiser = lookup.agency_for_readers(training.organiser, locale)
    return locale, training, lookup.source_of(training), organiser


def training_ics(request, key):
    locale, training, source, organiser = _one_training(request, key)
    cal = calendar(training.title, locale.language_code)
    cal.add_component(_event(training, source, organiser, request))
    return download(cal.to_ical(), CALENDAR, file_name(training.title, "ics"))


def connection_point_ics(request, key, point_key):
    """One connection point's event: its LOCATION is that room's address."""
    locale, training, source, organiser = _one_training(request, key)
    point = training.connection_points.filter(translation_key=point_key).first()
    if point is None:
        raise Http404
    cal = calendar(training.title, locale.language_code)
    cal.add_component(_event(training, source, organiser, request, point))
    name = f"{training.title} {point.name}"
    return download(cal.to_ical(), CALENDAR, file_name(name, "ics"))


def upcoming(locale, agency=None, now=None):
    """Public trainings in ``locale`` not yet over, soonest first."""
    trainings = visibility.public(
        TrainingAnnouncementPage.objects.all(), locale=locale, now=now
    ).filter(ends_at__gte=now or portal_now())
    if agency is not None:
        trainings = trainings.filter(organiser__translation_key=agency.translation_key)
    return trainings.order_by("starts_at", "pk")


def _prepare(trainings):
    return trainings.select_related("organiser", "locale").prefetch_related(
        "connection_points"
    )


def _events(trainings, locale, request):
    now = portal_now()
    for chunk in in_chunks(trainings, _prepare):
        sources = sources_by_key(chunk)
        organisers = localize_agencies([t.organiser for t in chunk], locale)
        for training, organiser in zip(chunk, organisers, strict=True):
            source = sources.get(training.translation_key, training)
            event = training_event(
                training,
                source,
                organiser,
                training.get_full_url(request),
                list(training.connection_points.all()),
                now=now,
            )
            yield event.to_ical()


def _feed(request, name, trainings, locale):
    # The calendar's own lines, then the events, then its last line.
    head, _sep, tail = (
        calendar(name, locale.language_code).to_ical().partition(b"END:VCALENDAR")
    )
    body = _events(trainings, locale, request)
    response = StreamingHttpResponse(
        _stream(head, body, b"END:VCALENDAR" + tail), CALENDAR
    )
    response["Content-Disposition"] = f'inline; filename="{file_name(name, "ics")}"'
    return response


def _stream(head, body, end):
    yield head
    yield from body
    yield end


def site_name(request):
    site = Site.find_for_request(request)
    return site.site_name if site else ""


def trainings_feed(request):
    locale = lookup.reader_locale()
    name = calendar_name(_("Trainings"), site_name(request))
    return _feed(request, name, upcoming(locale), locale)


def agency_trainings_feed(request, key):
    locale = lookup.reader_locale()
    agency = lookup.public_agency(key)
    name = calendar_name(_("Trainings"), lookup.agency_for_readers(agency, locale).name)
    return _feed(request, name, upcoming(locale, agency), locale)
