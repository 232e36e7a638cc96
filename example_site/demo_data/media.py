"""Placeholder images and documents for the demo, drawn with Pillow.

Nothing is downloaded: portraits are initials on a coloured square,
landscapes a two-colour gradient with a title, documents a PDF page of text
or a UTF-8 text file. Every image stays well under 100 KB.
"""

import hashlib
from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

# Fonts with Vietnamese glyphs, tried in order; Pillow's own font otherwise.
FONT_FILES = {
    "bold": [
        "DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    ],
    "regular": [
        "DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    ],
}


def font(size, weight="regular"):
    for candidate in FONT_FILES[weight]:
        try:
            return ImageFont.truetype(candidate, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def centred_text(draw, box_width, y, text, text_font, fill):
    left, _top, right, _bottom = draw.textbbox((0, 0), text, font=text_font)
    draw.text(((box_width - (right - left)) / 2, y), text, font=text_font, fill=fill)


def draw_portrait(initials, colour, size=(240, 300)):
    """Initials on a coloured background, as PNG bytes."""
    width, height = size
    image = PILImage.new("RGB", size, hex_to_rgb(colour))
    draw = ImageDraw.Draw(image)
    draw.ellipse(
        (width * 0.15, height * 0.12, width * 0.85, height * 0.68),
        fill=(255, 255, 255),
    )
    big = font(86, "bold")
    left, top, right, bottom = draw.textbbox((0, 0), initials, font=big)
    draw.text(
        ((width - (right - left)) / 2 - left, height * 0.40 - (bottom - top) / 2 - top),
        initials,
        font=big,
        fill=hex_to_rgb(colour),
    )
    centred_text(draw, width, height * 0.80, "Ảnh minh họa", font(18), (255, 255, 255))
    return _encode(image, "PNG", optimize=True)


def draw_landscape(title, subtitle, colours, size=(1200, 600)):
    """A left-to-right gradient with a title, as JPEG bytes."""
    width, height = size
    start, end = hex_to_rgb(colours[0]), hex_to_rgb(colours[1])
    gradient = PILImage.new("RGB", (width, 1))
    for x in range(width):
        t = x / (width - 1)
        gradient.putpixel(
            (x, 0),
            tuple(round(a + (b - a) * t) for a, b in zip(start, end, strict=True)),
        )
    image = gradient.resize(size)
    draw = ImageDraw.Draw(image)
    # A low horizon of "fields", so the placeholder reads as a landscape.
    for band, shade in enumerate((40, 60, 80)):
        top = height * (0.72 + band * 0.09)
        draw.rectangle((0, top, width, height), fill=(20, 90 + shade, 40 + shade // 2))
    centred_text(draw, width, height * 0.28, title, font(64, "bold"), (255, 255, 255))
    centred_text(draw, width, height * 0.45, subtitle, font(30), (255, 255, 255))
    centred_text(
        draw,
        width,
        height * 0.90,
        "Ảnh minh họa – dữ liệu mẫu",
        font(20),
        (235, 235, 235),
    )
    return _encode(image, "JPEG", quality=80, optimize=True)


def draw_pdf(heading, lines, size=(1240, 1754)):
    """One A4 page (150 dpi) of text, as PDF bytes."""
    width, _height = size
    image = PILImage.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, width, 150), fill=40)
    draw.text((90, 50), heading, font=font(40, "bold"), fill=255)
    body = font(28)
    y = 230
    for line in lines:
        draw.text((90, y), line, font=body, fill=0)
        y += 52
    draw.text(
        (90, size[1] - 120),
        "Tài liệu mẫu – tỉnh Phù Sa là địa danh hư cấu.",
        font=font(22),
        fill=90,
    )
    bilevel = image.point(lambda v: 255 if v > 140 else 0, "1")
    return _encode(bilevel, "PDF", resolution=150.0, title=heading)


def text_document(heading, lines):
    return ("\n".join([heading, "=" * len(heading), "", *lines, ""])).encode("utf-8")


def _encode(image, image_format, **options):
    buffer = BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


def get_or_create_image(spec):
    """The wagtailimages image titled ``spec["title"]``, drawn if missing."""
    Image = get_image_model()
    image = Image.objects.filter(title=spec["title"]).first()
    if image is not None:
        return image, False
    if spec["kind"] == "portrait":
        data, extension = draw_portrait(spec["initials"], spec["colour"]), "png"
    else:
        data = draw_landscape(spec["text"], spec["subtitle"], spec["colours"])
        extension = "jpg"
    image = Image(
        title=spec["title"],
        description=spec.get("description", ""),
        file=ImageFile(BytesIO(data), name=f"{spec['filename']}.{extension}"),
        file_size=len(data),
        file_hash=hashlib.sha1(data).hexdigest(),  # noqa: S324 - Wagtail's own hash
    )
    image.full_clean()
    image.save()
    return image, True


def get_or_create_document(spec):
    """The wagtaildocs document titled ``spec["title"]``, written if missing."""
    Document = get_document_model()
    document = Document.objects.filter(title=spec["title"]).first()
    if document is not None:
        return document, False
    if spec["format"] == "pdf":
        data = draw_pdf(spec["heading"], spec["lines"])
    else:
        data = text_document(spec["heading"], spec["lines"])
    document = Document(
        title=spec["title"],
        file=ContentFile(data, name=f"{spec['filename']}.{spec['format']}"),
        file_size=len(data),
        file_hash=hashlib.sha1(data).hexdigest(),  # noqa: S324 - Wagtail's own hash
    )
    document.full_clean()
    document.save()
    return document, True
