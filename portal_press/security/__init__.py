"""What a browser is told to refuse: the Content-Security-Policy of public
pages and of the admin, the caching headers no view set, and uploads a
browser could run as a web page.

The host's settings switch the CSP on with the framework's own middleware
(Django's on Django 6, ``django-csp`` on Django 5.2), built from
:func:`.csp.public_policy`; :class:`.middleware.SecurityHeadersMiddleware`
gives the admin its own policy and every response a ``Cache-Control``.
See docs/install.md, "Security headers".
"""
