"""The MRZ band rebuilt column by column from Tesseract's character boxes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dossier.mrz.band import Glyph, band_box, glyphs_from_boxes, grid_lines, plain_lines
from dossier.mrz.parse import parse_text

LINE_1 = "P<D<<HOFFMANN<<KLAUS<PETER<<<<<<<<<<<<<<<<<<"
LINE_2 = "C4J7R2X916D<<5804122M2903116<<<<<<<<<<<<<<08"
PITCH, LEFT = 25.0, 80.0


def glyphs_of(line: str, row: int, *, keep: str = "all") -> list[Glyph]:
    """Boxes of a monospaced line; ``keep="letters"`` drops every filler, as Tesseract often does."""
    top = 100.0 + 60 * row
    return [
        Glyph(char, LEFT + PITCH * i, top, LEFT + PITCH * i + 17, top + 30)
        for i, char in enumerate(line)
        if keep == "all" or char != "<"
    ]


def test_a_clean_read_comes_back_as_it_was() -> None:
    assert grid_lines(glyphs_of(LINE_1, 0) + glyphs_of(LINE_2, 1)) == [LINE_1, LINE_2]


def test_dropped_fillers_are_put_back_in_their_columns() -> None:
    lines = grid_lines(glyphs_of(LINE_1, 0, keep="letters") + glyphs_of(LINE_2, 1, keep="letters"))
    assert lines == [LINE_1, LINE_2]
    mrz = parse_text("\n".join(lines))
    assert mrz is not None and mrz.valid
    assert mrz.surname == "HOFFMANN" and mrz.given_names == ("KLAUS", "PETER")


def test_fillers_merged_into_one_wide_glyph_keep_the_line_length() -> None:
    row = [g for g in glyphs_of(LINE_2, 1) if g.x0 < LEFT + PITCH * 30]
    row.append(Glyph("<", LEFT + PITCH * 30, 160.0, LEFT + PITCH * 41, 190.0))
    row += [g for g in glyphs_of(LINE_2, 1) if g.x0 >= LEFT + PITCH * 42]
    assert grid_lines(glyphs_of(LINE_1, 0) + row)[1] == LINE_2


def test_an_inserted_glyph_loses_its_column_to_the_better_placed_one() -> None:
    row = glyphs_of(LINE_2, 1)
    stray = Glyph("3", LEFT + PITCH * 2.6, 160.0, LEFT + PITCH * 2.6 + 17, 190.0)
    assert grid_lines([*glyphs_of(LINE_1, 0), *row, stray])[1] == LINE_2


def test_printed_text_beside_the_band_is_not_a_line() -> None:
    label = [Glyph(c, 500.0 + 25 * i, 20.0, 517.0 + 25 * i, 50.0) for i, c in enumerate("01APR2033")]
    assert grid_lines(label + glyphs_of(LINE_1, 0) + glyphs_of(LINE_2, 1)) == [LINE_1, LINE_2]


def test_boxes_from_tesseract_are_turned_top_down() -> None:
    boxes: dict[str, list[object]] = {
        "char": ["P", "<"],
        "left": [10, 35],
        "bottom": [70, 70],
        "right": [27, 52],
        "top": [100, 100],
    }
    glyphs = glyphs_from_boxes(boxes, 120)
    assert glyphs[0] == Glyph("P", 10.0, 20.0, 27.0, 50.0)
    assert plain_lines(glyphs) == ["P<"]


def test_band_box_reaches_past_a_line_cut_short() -> None:
    words = [
        ("P<D<<HOFFMANN<<KLAUS<PETER<<", 100.0, 500.0, 600.0, 520.0),
        ("DATE", 100.0, 100.0, 160.0, 120.0),
    ]
    found = band_box(words, (1000, 1400))
    assert found is not None
    (left, top, right, bottom), height = found
    assert height == 20.0 and left < 100 and top < 500 and bottom > 520 and right > 800
    assert band_box([("HELLO", 1.0, 1.0, 2.0, 2.0)], (10, 10)) is None


glyph = st.builds(
    Glyph,
    st.sampled_from(list("ABC<0123456789")),
    st.floats(0, 2000),
    st.floats(0, 500),
    st.floats(0, 2000),
    st.floats(0, 500),
)


@given(st.lists(glyph, max_size=120))
def test_arbitrary_boxes_never_raise_and_give_mrz_lengths(glyphs: list[Glyph]) -> None:
    lines = grid_lines(glyphs)
    assert all(len(line) in (30, 36, 44) for line in lines)
