"""The page cache as middleware: put it after LocaleMiddleware and
AuthenticationMiddleware, so that the language is known."""

from django.utils.cache import get_conditional_response

from . import page_cache


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cached = page_cache.lookup(request)
        if cached is not None:
            # A browser that has this version already gets a 304.
            conditional = get_conditional_response(
                request, etag=cached.get("ETag"), response=cached
            )
            return conditional
        response = self.get_response(request)
        return page_cache.save(request, response)
