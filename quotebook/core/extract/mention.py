"""A phrase naming a speaker, as the clause readers find it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    """A phrase naming a speaker, as written, with the parts it is made of."""

    written: str
    start: int
    end: int
    name: str = ""
    pronoun: str = ""
    titles: tuple[str, ...] = ()
    premod: str = ""
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)

    @property
    def descriptions(self) -> list[str]:
        """Descriptions in order of preference: after the name, before it, then a premodifier."""
        found = [*self.after, *self.before]
        return [*found, self.premod] if self.premod else found
