"""Open Graph and Twitter card tags: how a page looks when it is shared.

Title, description, image, address and language of every page, with the
languages it is also published in. The image is the promotion page's hero,
or a release's first picture, cut to the 1.91:1 that sharing cards use.
"""

OG_LOCALES = {
    "vi": "vi_VN",
    "en": "en_US",
    "zh-hans": "zh_CN",
    "ko": "ko_KR",
    "ja": "ja_JP",
    "fr": "fr_FR",
    "km": "km_KH",
    "lo": "lo_LA",
}
IMAGE_FILTER = "fill-1200x630"


def og_locale(language_code):
    code = language_code.lower()
    return OG_LOCALES.get(code) or code.replace("-", "_")


def description(page):
    for name in ("search_description", "lead", "introduction"):
        text = getattr(page, name, "")
        if text:
            return " ".join(text.split())[:300]
    return ""


def image(page):
    hero = getattr(page, "hero_image", None)
    if hero is not None:
        return hero
    for block in getattr(page, "body", None) or []:
        if block.block_type == "image":
            return block.value["image"]
    return None


def sharing_tags(page, request, languages=(), withdrawn=False):
    """``[(attribute, name, content), …]`` for ``<meta>`` elements.

    A withdrawn release is shared by its title alone: what it said was
    taken back.
    """
    url = page.get_full_url(request)
    title = page.seo_title or page.title
    text = "" if withdrawn else description(page)
    kind = "article" if hasattr(page, "released_at") else "website"
    tags = [
        ("property", "og:type", kind),
        ("property", "og:title", title),
        ("property", "og:url", url),
        ("property", "og:locale", og_locale(page.locale.language_code)),
    ]
    tags += [
        ("property", "og:locale:alternate", og_locale(language.code))
        for language in languages
        if not language.is_current
    ]
    if text:
        tags.append(("property", "og:description", text))
    picture = None if withdrawn else image(page)
    address = None
    if picture is not None:
        address = request.build_absolute_uri(picture.get_rendition(IMAGE_FILTER).url)
        tags.append(("property", "og:image", address))
    card = "summary_large_image" if address else "summary"
    tags += [("name", "twitter:card", card), ("name", "twitter:title", title)]
    if text:
        tags.append(("name", "twitter:description", text))
    if address:
        tags.append(("name", "twitter:image", address))
    return tags
