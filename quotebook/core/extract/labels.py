"""Street polls and lists print an answer under a label: "Марина Котова (67),
пенсионерка:", "Gareth Pugh, 44, electrician:". The label is the speaker."""

from __future__ import annotations

import re

from .chunks import chunks_of
from .mention import Mention
from .phrases import subject_after
from .speech import find_verbs


def label_mention(label: str, base: int) -> Mention | None:
    """ "Марина Котова, пенсионерка", "Gareth Pugh, 44, electrician": the person a poll
    answer is printed under, with the chunks after the name as the description."""
    if len(label.split()) > 20 or find_verbs(label):
        return None
    chunks = chunks_of(label, base)
    if not chunks:
        return None
    mention = subject_after(chunks[0][0], chunks[0][1])
    if mention is None or not mention.name:
        return None
    age = _LABEL_AGE.fullmatch(chunks[0][0].strip()[len(mention.written) :])
    if mention.written != chunks[0][0].strip() and age is None:
        return None
    mention.after = ([age.group(1)] if age else []) + [chunk for chunk, _ in chunks[1:]]
    return mention


_LABEL_AGE = re.compile(r"\s*\((\d{1,3})\)")  # "Фаррух Рахимов (34), водитель такси"
