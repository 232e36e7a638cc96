"""What shows what: a change to the rows of a model changes the public view
of the rows its function returns (their text, their contacts, their
visibility), so that the events about it reach them (see
:mod:`portal_press.publishing.events`): the search indexes refresh them
and the page cache ends their pages.
"""

from django.db.models import Q
from wagtail.models import Page

from ..publishing import events
from .agencies import Agency
from .directory import SpokespersonDirectoryPage
from .glossary import GlossaryTerm
from .press_releases import PressReleasePage
from .promotion import ProvincePromotionPage
from .spokespersons import Spokesperson
from .taxonomy import AgencyKind, SpokespersonRole
from .topics import Topic
from .trainings import TrainingAnnouncementPage


def _shown_with_agencies(agencies):
    return [
        SpokespersonDirectoryPage.objects.all(),
        PressReleasePage.objects.filter(
            Q(issuing_agency__in=agencies) | Q(co_issuers__agency__in=agencies)
        ),
        TrainingAnnouncementPage.objects.filter(
            Q(organiser__in=agencies)
            | Q(co_organisers__agency__in=agencies)
            | Q(connection_points__host_agency__in=agencies)
        ).distinct(),
        ProvincePromotionPage.objects.filter(contact_agency__in=agencies),
        Spokesperson.objects.filter(agency__in=agencies),
    ]


def _shown_with_spokespersons(people):
    return [
        SpokespersonDirectoryPage.objects.all(),
        PressReleasePage.objects.filter(media_contacts__spokesperson__in=people),
        # A release without a current chosen contact shows its agency's
        # spokespersons: an appointment there, or a changed phone, shows too.
        PressReleasePage.objects.filter(issuing_agency__in=people.values("agency")),
        ProvincePromotionPage.objects.filter(contact_spokesperson__in=people),
    ]


# Kinds and roles are shown wherever their agencies and people are.
def _shown_with_kinds(kinds):
    return _shown_with_agencies(Agency.objects.filter(kind__in=kinds))


def _shown_with_roles(roles):
    return _shown_with_spokespersons(Spokesperson.objects.filter(role__in=roles))


def _tagged_with(topics):
    return [
        PressReleasePage.objects.filter(tags__in=topics).distinct(),
        TrainingAnnouncementPage.objects.filter(topics__in=topics).distinct(),
        Spokesperson.objects.filter(topics__in=topics).distinct(),
    ]


def _linking_to(pages):
    # A release lists its related pages and names its replacement: they
    # leave it (or change their title there) when they change.
    return [
        PressReleasePage.objects.filter(
            Q(related_links__linked_page__in=pages) | Q(replaced_by__in=pages)
        )
    ]


def _shown_everywhere(terms):
    # The glossary names agencies, roles, positions and topics on any page
    # in its languages: its change is a change to the chrome, as the home
    # pages' is (the page cache ends everything for them).
    return [Page.objects.filter(depth=2)]


def register():
    events.register_dependents(Page, _linking_to)
    events.register_dependents(Agency, _shown_with_agencies)
    events.register_dependents(Spokesperson, _shown_with_spokespersons)
    events.register_dependents(GlossaryTerm, _shown_everywhere)
    events.register_dependents(AgencyKind, _shown_with_kinds)
    events.register_dependents(SpokespersonRole, _shown_with_roles)
    events.register_dependents(Topic, _tagged_with)
