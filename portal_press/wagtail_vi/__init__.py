"""Vietnamese catalogue of the Wagtail admin and of wagtail-localize.

Installed as ``"portal_press.wagtail_vi"`` ahead of the Wagtail apps, its
``locale/`` replaces the partial Vietnamese that upstream ships, so that a
communications officer meets a Vietnamese admin from the sign-in page on.

Wagtail's and wagtail-localize's JavaScript catalogues read only their own
package's ``locale/``, so the admin scripts reach these translations only
through ``LOCALE_PATHS``, which every catalogue consults::

    from portal_press.wagtail_vi import LOCALE_DIR

    LOCALE_PATHS = [LOCALE_DIR]
"""

from pathlib import Path

LOCALE_DIR = str(Path(__file__).resolve().parent / "locale")
