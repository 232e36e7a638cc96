import unicodedata

import pytest

from portal_press.folding import fold, matches_all_words


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Hà Nội", "ha noi"),
        ("Đào tạo cán bộ", "dao tao can bo"),
        ("NGƯỜI PHÁT NGÔN", "nguoi phat ngon"),
        ("Sở Văn hóa", "so van hoa"),
        ("ủy ban, ỦY BAN", "uy ban, uy ban"),
        ("Thông tin đối ngoại", "thong tin doi ngoai"),
    ],
)
def test_fold_strips_every_vietnamese_mark(text, folded):
    assert fold(text) == folded


def test_fold_gives_the_same_result_for_composed_and_decomposed_input():
    text = "Người phát ngôn Đắk Lắk"
    assert fold(unicodedata.normalize("NFC", text)) == fold(
        unicodedata.normalize("NFD", text)
    )


def test_matches_all_words_requires_every_word():
    assert matches_all_words("phat ngon so", "Người phát ngôn", "Sở Y tế")
    assert not matches_all_words("phat ngon bo", "Người phát ngôn", "Sở Y tế")
