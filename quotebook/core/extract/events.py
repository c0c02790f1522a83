"""What a sentence of the writer's tells about people and organisations."""

from __future__ import annotations

from dataclasses import dataclass, field

from .mention import Mention

# The kind of an "org" event for one capitalised word opening a sentence ("Stackleaf was
# founded …"): a body only when one whose name it opens was named before
SHORT = "short"


@dataclass
class Event:
    """Something a sentence tells, at a position in the text."""

    position: int
    kind: str  # "person", "org", "age", "job"
    mention: Mention | None = None
    speaker: bool = False
    weak: bool = False
    verb: str = ""
    org: str = ""
    kinds: set[str] = field(default_factory=set)
    initials: str = ""  # an org's: "CCA" after "the Company Chemists' Association (CCA)"
    gender: str = ""
    age: int | None = None
    role: str = ""
    until: int = 0  # a speaker's: where the sentence ends
    interviewee: bool = False  # "We met her…": the person a Q&A that follows is with
