"""``Download PDF`` of a release or a training, through the gate."""

from ..models import PressReleasePage, TrainingAnnouncementPage
from . import lookup
from .pdf import render
from .print_documents import release_document, training_document
from .responses import PDF, download, file_name


def release_pdf(request, key):
    release = lookup.public_page(PressReleasePage, key, lookup.reader_locale())
    content = render(release_document(release, request))
    return download(content, PDF, file_name(release.title, "pdf"))


def training_pdf(request, key):
    training = lookup.public_page(TrainingAnnouncementPage, key, lookup.reader_locale())
    content = render(training_document(training, request))
    return download(content, PDF, file_name(training.title, "pdf"))
