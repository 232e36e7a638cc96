"""The demo's settings (``make demo``): DEBUG off, as visitors see the site.

Set ``DJANGO_DEBUG=1`` for Django's error pages while developing.
"""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
SECRET_KEY = "example-site-development-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# WhiteNoise serves the apps' static files where they are, without
# collectstatic; uploaded images are served by the example's URLs (see
# urls.py), which a production site leaves to its web server.
WHITENOISE_USE_FINDERS = True
EXAMPLE_SERVE_MEDIA = True
