"""Whatever text is pasted, extraction finishes and its offsets stay inside the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotebook.core.extract import extract

PIECES = st.sampled_from(
    ['"', "“", "”", "«", "»", "„", "'", "’", " said Ann Lee", ", she said", " — ", "\n\n",
     "<p>", "</p>", "&ldquo;", "**", "> ", "Dr. ", "сказал Иван Петров", ".", ",", ":"]
)  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(["auto", "text", "markdown", "html"]))
def test_any_text_gives_proposals_inside_the_input(text: str, fmt: str) -> None:
    extraction = extract(text, fmt=fmt)
    for proposal in extraction.proposals:
        assert 0 <= proposal.start <= proposal.end <= len(text)
        for start, end in proposal.pieces:
            assert proposal.start <= start <= end <= proposal.end
        assert 0.0 <= proposal.confidence <= 1.0
        assert proposal.kind in ("direct", "partial")
