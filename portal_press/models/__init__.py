"""The content model, one module per family; import from here."""

from .agencies import Agency
from .directory import SpokespersonDirectoryPage
from .press_releases import (
    PressReleaseCoIssuer,
    PressReleaseCorrection,
    PressReleaseIndexPage,
    PressReleaseMediaContact,
    PressReleasePage,
    PressReleaseRelatedPage,
    PressReleaseTag,
)
from .promotion import Brochure, KeyFigure, ProvincePromotionPage
from .spokespersons import Spokesperson, SpokespersonTopic
from .taxonomy import AgencyKind, SpokespersonRole
from .topics import Topic
from .trainings import (
    AgendaItem,
    ConnectionPoint,
    FollowUpTask,
    TrainingAnnouncementPage,
    TrainingCoOrganiser,
    TrainingFormat,
    TrainingIndexPage,
    TrainingMaterial,
    TrainingSpeaker,
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
    "KeyFigure",
    "PressReleaseCoIssuer",
    "PressReleaseCorrection",
    "PressReleaseIndexPage",
    "PressReleaseMediaContact",
    "PressReleasePage",
    "PressReleaseRelatedPage",
    "PressReleaseTag",
    "ProvincePromotionPage",
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
