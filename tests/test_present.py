"""The one segments function every renderer uses: known answers, clipping, merging, empty text."""

from app.present import segments


def test_segments_interleave_plain_and_emphasized_text():
    assert segments("One. Two. Three.", ((5, 9),)) == [
        ("One. ", False),
        ("Two.", True),
        (" Three.", False),
    ]


def test_segments_clip_merge_and_drop_empty_pieces():
    assert segments("abcdef", ((4, 99), (0, 2), (1, 3), (3, 4))) == [("abcdef", True)]
    assert segments("abc", ((-5, 0), (5, 9))) == [("abc", False)]
    assert segments("", ((0, 3),)) == []
    assert "".join(t for t, _ in segments("a b c", ((2, 3),))) == "a b c"
