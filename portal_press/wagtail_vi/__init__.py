"""Vietnamese catalogue of the Wagtail admin and of wagtail-localize.

Installed as ``"portal_press.wagtail_vi"`` ahead of the Wagtail apps, its
``locale/`` replaces the partial Vietnamese that upstream ships, so that a
communications officer meets a Vietnamese admin from the sign-in page on.

Wagtail's and wagtail-localize's JavaScript catalogues read only their own
package's ``locale/``, so the admin scripts reach these translations only
through ``LOCALE_PATHS``, which every catalogue consults. The scripts'
strings live in a folder of their own (``javascript/``, holding only
``djangojs`` catalogues), so that listing it there never puts these
translations ahead of the site's own apps for server-side strings::

    from portal_press.wagtail_vi import JAVASCRIPT_LOCALE_DIR

    LOCALE_PATHS = [JAVASCRIPT_LOCALE_DIR]
"""

from pathlib import Path

JAVASCRIPT_LOCALE_DIR = str(Path(__file__).resolve().parent / "javascript")
