"""The content model, one module per family; import from here.

Each public model's visibility rule and what shows what (for content
events) are declared at the end, in one place.
"""

from wagtail.models import Page

from ..publishing import visibility
from ..publishing.page_rule import PageRule
from ..publishing.register_rules import AgencyRule, AppointmentRule
from . import shown_with
from .agencies import Agency
from .directory import SpokespersonDirectoryPage
from .editorial_groups import (
    AgencyGroup,
    AgencyGroupRole,
    AgencyLeadersApprovalTask,
)
from .glossary import GlossaryTerm, GlossaryTermKind
from .press_release_parts import (
    PressReleaseCoIssuer,
    PressReleaseCorrection,
    PressReleaseMediaContact,
    PressReleaseRelatedPage,
)
from .press_releases import PressReleaseIndexPage, PressReleasePage, PressReleaseTag
from .promotion import Brochure, KeyFigure, ProvincePromotionPage
from .search_entries import SearchEntry
from .spokespersons import Spokesperson, SpokespersonTopic
from .taxonomy import AgencyKind, SpokespersonRole
from .topics import Topic
from .training_parts import (
    AgendaItem,
    ConnectionPoint,
    FollowUpTask,
    TrainingCoOrganiser,
    TrainingMaterial,
    TrainingSpeaker,
)
from .trainings import (
    TrainingAnnouncementPage,
    TrainingEventStatus,
    TrainingFormat,
    TrainingIndexPage,
    TrainingStatus,
    TrainingTopic,
)
from .upkeep import HandledTimeEvent, PendingIndexUpdate, TickRun

__all__ = [
    "AgencyKind",
    "Agency",
    "AgencyGroup",
    "AgencyGroupRole",
    "AgencyLeadersApprovalTask",
    "AgendaItem",
    "Brochure",
    "ConnectionPoint",
    "FollowUpTask",
    "GlossaryTerm",
    "GlossaryTermKind",
    "HandledTimeEvent",
    "KeyFigure",
    "PendingIndexUpdate",
    "PressReleaseCoIssuer",
    "PressReleaseCorrection",
    "PressReleaseIndexPage",
    "PressReleaseMediaContact",
    "PressReleasePage",
    "PressReleaseRelatedPage",
    "PressReleaseTag",
    "ProvincePromotionPage",
    "SearchEntry",
    "Spokesperson",
    "SpokespersonDirectoryPage",
    "SpokespersonRole",
    "SpokespersonTopic",
    "TickRun",
    "Topic",
    "TrainingAnnouncementPage",
    "TrainingCoOrganiser",
    "TrainingEventStatus",
    "TrainingFormat",
    "TrainingIndexPage",
    "TrainingMaterial",
    "TrainingSpeaker",
    "TrainingStatus",
    "TrainingTopic",
]


# What an anonymous visitor may see of each public model (documents are
# registered once the apps are ready: see apps.py).
visibility.register(Page, PageRule())
visibility.register(Agency, AgencyRule())
visibility.register(Spokesperson, AppointmentRule(agency_field="agency"))


# What shows what (see .shown_with).
shown_with.register()
