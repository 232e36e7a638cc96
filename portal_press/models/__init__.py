"""The content model, one module per family; import from here."""

from .agencies import Agency
from .directory import SpokespersonDirectoryPage
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
    TrainingFormat,
    TrainingIndexPage,
    TrainingStatus,
    TrainingTopic,
)

__all__ = [
    "AgencyKind",
    "Agency",
    "AgendaItem",
    "Brochure",
    "ConnectionPoint",
    "FollowUpTask",
    "GlossaryTerm",
    "GlossaryTermKind",
    "KeyFigure",
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
    "Topic",
    "TrainingAnnouncementPage",
    "TrainingCoOrganiser",
    "TrainingFormat",
    "TrainingIndexPage",
    "TrainingMaterial",
    "TrainingSpeaker",
    "TrainingStatus",
    "TrainingTopic",
]
