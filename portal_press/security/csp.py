"""The Content-Security-Policy of public pages and of the admin.

Public pages run no inline code: scripts and styles are files of the site,
and an inline script needs the request's nonce (``{% portal_press_nonce %}``
from ``portal_press_tags``). The admin is Wagtail's, whose widgets write
inline scripts and styles: it gets a policy of its own that allows them but
still loads nothing from any other site.

The policy is switched on by the framework's middleware, so that the nonce
is the one the framework knows: Django's ``ContentSecurityPolicyMiddleware``
(``SECURE_CSP``) on Django 6, ``django-csp`` 4 (``CONTENT_SECURITY_POLICY``)
on Django 5.2. A host site writes::

    from portal_press.security import csp

    MIDDLEWARE = [..., csp.MIDDLEWARE, ...]
    if csp.DJANGO_HAS_CSP:
        SECURE_CSP = csp.public_policy()
    else:
        CONTENT_SECURITY_POLICY = {"DIRECTIVES": csp.public_policy()}
"""

import django

DJANGO_HAS_CSP = django.VERSION >= (6, 0)

if DJANGO_HAS_CSP:
    from django.utils.csp import CSP

    MIDDLEWARE = "django.middleware.csp.ContentSecurityPolicyMiddleware"
    NONCE = CSP.NONCE
else:
    MIDDLEWARE = "csp.middleware.CSPMiddleware"
    try:
        from csp.constants import NONCE
    except ImportError:  # django-csp is not installed: the check says so
        NONCE = None

HEADER = "Content-Security-Policy"
SELF = "'self'"
NONE = "'none'"
UNSAFE_INLINE = "'unsafe-inline'"

# What the app's public pages load: everything from the site itself, images
# also as data: URLs (inline SVG icons), nothing that runs unless it is a
# file of the site or carries the nonce.
PUBLIC_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, "nonce"],
    "style-src": [SELF],
    "img-src": [SELF, "data:"],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "media-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}

# Wagtail's admin: inline scripts and styles (date pickers, inline panels),
# blob: and data: images (upload previews), and still no other site.
ADMIN_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
    "connect-src": [SELF],
    "frame-src": [SELF],
    "media-src": [SELF, "blob:"],
    "worker-src": [SELF, "blob:"],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}


def _merge(directives, extra):
    merged = {name: list(values) for name, values in directives.items()}
    for name, values in (extra or {}).items():
        merged.setdefault(name, [SELF]).extend(
            value for value in values if value not in merged.get(name, [])
        )
    return merged


def public_policy(extra=None):
    """The public pages' directives, for ``SECURE_CSP`` (Django 6) or for
    ``CONTENT_SECURITY_POLICY["DIRECTIVES"]`` (django-csp), with the running
    framework's nonce marker. ``extra`` adds sources, e.g.
    ``{"frame-src": ["https://www.youtube-nocookie.com"]}`` for embedded videos."""
    merged = _merge(PUBLIC_DIRECTIVES, extra)
    return {
        name: [NONCE if value == "nonce" else value for value in values]
        for name, values in merged.items()
    }


def admin_header(extra=None):
    """The admin's policy, as the header's value."""
    merged = _merge(ADMIN_DIRECTIVES, extra)
    return "; ".join(f"{name} {' '.join(values)}" for name, values in merged.items())


def nonce(request):
    """The request's CSP nonce, or ``""`` when no CSP middleware gives one.

    django-csp keeps it in ``request.csp_nonce``, Django 6 in
    ``request._csp_nonce``; reading it is what puts it into the header."""
    value = getattr(request, "csp_nonce", None)
    if value is None:
        value = getattr(request, "_csp_nonce", None)
    return str(value) if value is not None else ""
