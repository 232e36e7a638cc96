"""The steps of ``manage.py portal_press_setup``, in the order they run.

Each step is a function ``step(run)`` taking the command's :class:`Run`
(options, ``say()`` for progress, ``ask()`` for questions) and returning
one line saying what it did. Every step is idempotent. Later releases add
their steps to :data:`STEPS`: append a ``Step`` with a label, a function
and, if it can be skipped, the option that skips it.
"""

from dataclasses import dataclass
from io import StringIO

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from . import locales, sections


@dataclass(frozen=True)
class Step:
    label: str
    run: callable
    # The command's option that skips the step, or (for a step that runs only
    # on request) the one that asks for it.
    skip_option: str | None = None
    only_option: str | None = None

    def wanted(self, options):
        if self.only_option:
            return bool(options[self.only_option])
        return not (self.skip_option and options[self.skip_option])


def default_locale(run):
    plan = locales.plan()
    if not plan.needed:
        return _("Locale “%(code)s” exists.") % {"code": plan.code}
    if plan.current is None or run.options["create_locale"]:
        locales.create(plan)
        return _("Locale “%(code)s” created.") % {"code": plan.code}
    old = plan.current.language_code
    if plan.pages:
        question = ngettext(
            "Rename Locale “%(old)s” to “%(code)s”? Its %(count)d page then counts "
            "as written in the site's language.",
            "Rename Locale “%(old)s” to “%(code)s”? Its %(count)d pages then count "
            "as written in the site's language.",
            plan.pages,
        ) % {"old": old, "code": plan.code, "count": plan.pages}
        if not run.ask(question):
            raise CommandError(
                _(
                    "Nothing renamed. Run again with --create-locale to create an "
                    "empty Locale “%(code)s” beside “%(old)s” instead."
                )
                % {"code": plan.code, "old": old}
            )
    locales.rename(plan)
    return _("Locale “%(old)s” renamed to “%(code)s”.") % {
        "old": old,
        "code": plan.code,
    }


def section_pages(run):
    home = sections.home_page()
    if home is None:
        return _("No default site: no section page created.")
    done = []
    for model, page, created in sections.ensure_sections(home):
        name = capfirst(model._meta.verbose_name)
        if page is None:
            run.say(
                _("  %(name)s: not allowed under “%(home)s” by the settings")
                % {"name": name, "home": home.title}
            )
        else:
            state = _("created") if created else _("exists")
            run.say(f"  {name}: {page.get_url() or page.url_path} ({state})")
            done.append(created)
    return ngettext(
        "%(count)d section page created.", "%(count)d section pages created.", sum(done)
    ) % {"count": sum(done)}


def glossary(run):
    out = StringIO()
    call_command("portal_press_load_glossary", stdout=out)
    return out.getvalue().strip()


def workflow_and_groups(run):
    out = StringIO()
    call_command("portal_press_setup_workflow", stdout=out)
    return out.getvalue().strip().splitlines()[-1]


def search_index(run):
    call_command("portal_press_rebuild_index", stdout=run.stdout)
    return _("Search index rebuilt.")


def old_url_redirects(run):
    if not apps.is_installed("wagtail.contrib.redirects"):
        return _("wagtail.contrib.redirects is not installed: no redirect added.")
    from .redirects import redirect_old_urls

    home = sections.home_page()
    if home is None:
        return _("No default site: no redirect added.")
    site = home.get_site()
    added = redirect_old_urls(site)
    return ngettext(
        "%(count)d permanent redirect added.",
        "%(count)d permanent redirects added.",
        added,
    ) % {"count": added}


STEPS = [
    Step(gettext_lazy("Default language"), default_locale),
    Step(gettext_lazy("Section pages"), section_pages, "skip_sections"),
    Step(gettext_lazy("Official names glossary"), glossary, "skip_glossary"),
    Step(
        gettext_lazy("Approval workflow and agency groups"),
        workflow_and_groups,
        "skip_workflow",
    ),
    Step(
        gettext_lazy("Redirects from old addresses"),
        old_url_redirects,
        only_option="redirect_old_urls",
    ),
    Step(gettext_lazy("Search index"), search_index, "skip_index"),
]
