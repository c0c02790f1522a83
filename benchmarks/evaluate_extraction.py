"""Measure quote extraction against the annotated articles in tests/extract/articles.

    python benchmarks/evaluate_extraction.py
    [--set articles|heldout|features|unseen|fresh|blind|blind2|blind3|blind4|blind5|blind6|blind7|
           blind8|blind9|blind10|blind11|blind12|blind13|blind14|blind15|blind16|blind17|
           blind18|blind19|blind20|blind21|blind22]
    [--verbose]
    [--words 10000]

``articles`` is the evaluation set the first rules were developed on; ``heldout``
holds articles written and annotated afterwards. ``features`` holds harder wire
copy and features in English and Russian (emigrating tech workers, migration,
courts, business) that the second set of rules was developed on, and ``unseen``
more of the same, written with them and never tuned against: the honest estimate
of accuracy on copy the extractor has not seen. ``fresh`` holds articles written
after the rules for role and organisation were last changed, and never run through
the extractor before their annotations were final; the rules were then improved
with its misses in view. ``blind`` holds articles written after that, annotated
and committed before the extractor first read them. ``blind2`` holds a larger set
(10 English and 10 Russian articles) written after ``blind`` had been tuned on,
annotated and committed before the extractor first read them; its misses were then
studied for general causes. ``blind3`` (4 English and 4 Russian articles: wire
stories, a question-and-answer interview in each language, street polls printing
ages, bodies described at length) was written after that, annotated and committed
before the extractor first read it; its misses were then studied too. ``blind4`` (3
English and 3 Russian articles of the same kinds) was written after those changes,
annotated and committed before the extractor first read it; its misses were then
studied as well. ``blind5`` (6 English and 6 Russian articles: wire stories and
features that name several people and then refer to them by surname or pronoun,
anonymous officials, statements, partial quotes, Russian dialogue and street polls,
names in oblique cases, ages in brackets) was written after those changes, annotated
and committed before the extractor first read it. ``blind6`` (6 English and 6 Russian
articles rich in printed roles and organisations: officials of ministries, agencies,
courts, universities, hospitals, unions, parties and councils, roles before and after
names and in oblique cases, bodies with commas, "of", "for" and "in" in their names,
acronyms, bodies named again as "the agency" or "ведомство", and places and
nationalities that are no organisation) was written after the rules blind5 prompted,
annotated and committed before the extractor first read it. ``blind7`` (6 English and 6
Russian articles on emigration, courts, business, local government, science and sport:
bodies before and after names, in apposition, as abbreviations, with "of the", in
Russian genitive chains and in «», companies with legal forms such as ООО and LLC,
universities, charities, ministries, roles with no body, and nationalities and places
that are no organisation) was written after the rules blind6 prompted, annotated and
committed before the extractor first read it. ``blind8`` (6 English and 6 Russian
articles on health, transport, energy, labour, farming, technology, culture and
migration: roles and bodies in many printed shapes, possessives, "who heads", "of the",
acronyms in brackets, "the Hamburg-based developer", companies with Ltd, Inc, PLC,
GmbH, ООО, АО, ПАО, МУП, ГБУ and ГБУЗ, Russian genitive chains, bodies in «», dash
dialogue and "Name, role: «quote»") was written after the rules blind7 prompted,
annotated and committed before the extractor first read it. ``blind9`` (6 English and 6
Russian articles on hospitals, rail, wildfires, a museum, a data leak, refugees,
schools, a theatre, housing and fisheries: speakers named in full and then by surname or
pronoun, people and places between a quote and its speaker, roles and bodies in
apposition, as acronyms, with Ltd, PLC and Inc, in Russian genitive chains and in «»,
names in oblique cases, Russian dialogue, ages in brackets and as "78-year-old",
statements and anonymous sources, and titles in quotation marks that are no quote) was
written after the rules blind8 prompted, annotated and committed before the extractor
first read it; its misses were then studied for general causes. ``blind10`` (6 English
and 6 Russian articles on a flood, a pension age, a bank closure, a zoo, a grounded
ship, a festival curfew, an election recount, a cold prison colony, a student satellite,
a bakery chain, a language school and a stalled chairlift: possessive bodies such as
"the agency's" and "the bank's head of risk", "who chairs the ...'s committee",
acronyms, companies with AG, GmbH, AS, Ltd and PLC, unions, councils and charities,
nationalities and trades that are no body, Russian genitive chains, bodies in «» with
ООО, АО, МУП, ГБУ and АНО, names in oblique cases, dash dialogue, "Имя, роль: — цитата",
ages in brackets and as "29-year-old", statements of bodies, anonymous speakers, and
titles in quotation marks that are no quote) was written by someone who had not read the
rules, annotated and committed before the extractor first read it; its misses were then
studied for general causes. ``blind11`` (6 English and 6 Russian articles on a heatwave,
a ferry strike, a hospital ransomware attack, a wolf cull, a chess tournament, library
closures, a water shortage, a film festival, a quarry dispute, a vaccination campaign, a
border queue and the minimum wage: speakers named in full and then by surname or
pronoun, people, places and newspapers between a quote and its speaker, "who heads",
"who chairs", possessive bodies, acronyms, companies with Inc., Ltd and AS, unions,
councils and charities, nationalities and trades that are no body, Russian genitive
chains, bodies in «» with ООО, АО, МУП, АНО, ГБУЗ and ТОО, names after a newspaper in
the dative, dash dialogue, "Имя, роль:" before a quote in its own paragraph, ages in
brackets and as "29-year-old", statements of bodies, anonymous speakers, and titles and
names in quotation marks that are no quote) was written and annotated before the
extractor first read it; its misses were then studied for general causes.
``blind12`` (6 English and 6 Russian articles on a mine explosion, port automation, an
airline's collapse, a dam release, a university strike, a football club takeover, a
metro line, a snowstorm, a farm cooperative, a bridge closure, a medicine shortage and
an election debate: the same kinds of attribution, with companies with SA, GmbH, AB, AS,
Ltd, Inc. and PLC, a newspaper quoting a minister, anonymous sources in a body, quotes
split by their attribution, nested quotes and slogans that are no quote) was written and
annotated before the extractor first read it; its misses were then studied for general
causes. ``blind13`` (6 English and 6 Russian articles on a chemical spill, a bus
drivers' dispute, a data centre, an avalanche, a toy recall, an orchestra's funding, a
gas explosion, a taxi service's rules, a school closure, a landfill protest, an ice
crossing and unfinished housing) was written and annotated before the extractor first
read it, by the rules made for ``blind11`` and again by those made for ``blind12``; its
misses were then studied for general causes. ``blind14`` (6 English and 6 Russian
articles on a wind farm, a supermarket price war, a cycling race crash, short-term
rentals, a vineyard frost, a teachers' pay offer, an airport's closure, a mushroom
poisoning outbreak, a tax on the self-employed, a dog shelter, a ski jump championship
and a courier strike) was written and annotated before the extractor first read it, by
the rules made for ``blind13``, and held out for one reading; its misses were studied
after ``blind15`` and ``blind16`` had been read. ``blind15`` (6 English and 6 Russian
articles on a hospital waiting list, a lithium mine, a brewery's river pollution fine, a
heatwave marathon, a tram strike, a literary prize row, a heating outage, school meals,
a fishing ban, a theatre director's dismissal, a village flood and a ban on hired
scooters) and ``blind16`` (a satellite launch failure, milk prices, a museum theft, a
wildfire evacuation, a hospital merger, a congestion charge, a footbridge's collapse,
bus routes cut, doctors resigning, a gold mine accident, two universities merged and a
zoo's new bear) were written and annotated by the same rules of annotation, given
in writing (an organisation as printed at its fullest, with its legal form in English),
and first read by the rules made for ``blind13``; the misses of ``blind15`` were then
studied for general causes, and ``blind16`` was read again by the rules made with them.
Its misses were then studied too. ``blind17`` (a ransomware attack on a city council, a
heat-pump subsidy cut, bird flu on poultry farms, a stadium plan, pharmacies closing, a
ferry operator's safety fine, a maternity ward's closure, a shortage of teachers, a
warehouse fire, a highway's repair, wages unpaid at a plant and an airport terminal),
written and annotated the same way, was first read by the rules made with ``blind14``'s
and ``blind15``'s misses, and again by those made with ``blind16``'s; its misses were then
studied for general causes. ``blind18`` (a pension fraud sentencing, hydropower
reservoirs, a sleeper train suspended, a meteorite find, a shortage of fruit pickers,
tackling in school rugby, a dialysis unit closing, a court and a city square, milk
prices, a manor museum's restoration, a hockey club's withdrawal and migrant children's
language test) and ``blind19`` (a solar panel fraud trial, a measles outbreak, bank
branch closures, a museum's restitution, a potato harvest, care workers' visas,
commuter trains cut, emergency housing, a city forest felled, a mammoth find, cheating
at chess and an ambulance substation closing), written and annotated the same way, were
committed before the extractor first read them; their misses were then studied for
general causes. ``blind20`` (scallop dredging banned, cliff-top homes lost to erosion, a
sugar factory closing, a Roman shipwreck, supermarket face scanning in court, a rower's
doping ban, a tick vaccine running out, locusts, a tour operator's collapse, a weak
salmon run, a migrant work-permit fee and resort lights by an observatory), written and
annotated the same way after those rules, was committed before the extractor first read
it; its misses were then studied too. ``blind21`` (olive oil fraud, drone deliveries, an
antibiotic from a peat bog, golf courses' water, a student rent strike, a folk festival
cancelled, a court over a falling icicle, a legionella outbreak, bees poisoned, smart
meters' bills, a glamping project and rural libraries merged), written and annotated the
same way after those rules, was committed before the extractor first read it; its
misses were then studied too. ``blind22`` (a trial without an interpreter, a battery
storage plant, a cap on cruise ships, a farm buyout, a referees' boycott, a crop trial
vandalised, a dental clinic in court, a hydrofoil route, phones locked away at school,
wolves, a football club's debts and an archaeological dig), written and annotated the
same way after those rules, was committed before the extractor first read it: held out,
for measuring.

Prints, for all articles and for each language (English, Russian: told apart by
their letters), quote recall and precision (a proposal matches an annotated quote
when at least 80% of the quote's words are in it; each is matched at most once, and a
quote split by its attribution matches one annotated quote whole or one for each piece),
speaker accuracy on matched quotes (the same person, and the exact filing name),
the accuracy of each description field (age, role, organization; role and
organisation also where the article prints one, and how often one is filled where
none is printed), the share of partial quotes found, the page metadata, and how
long a long article takes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotebook.core.domain.validate import fold
from quotebook.core.extract import Proposal, extract

SETS = Path(__file__).resolve().parent.parent / "tests" / "extract"
# The annotated sets, each a folder of SETS holding English and Russian articles.
SET_NAMES = ("articles", "heldout", "features", "unseen", "fresh", "blind", "blind2", "blind3",
             "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
             "blind11", "blind12", "blind13", "blind14", "blind15", "blind16",
             "blind17", "blind18", "blind19", "blind20", "blind21",
             "blind22", "blind23", "blind24", "blind25", "blind26",
             "blind27", "blind28", "blind29", "blind30", "blind31",
             "blind32", "blind33", "blind34", "blind35", "blind36", "blind37",
             "blind38", "blind39", "blind40", "blind41", "blind42", "blind43",
             "blind44", "blind45", "blind46", "blind47", "blind48", "blind49",
             "blind50", "blind51", "blind52", "blind53", "blind54", "blind55",
             "blind56", "blind57", "blind58", "blind59", "blind60", "blind61",
             "blind62", "blind63", "blind64", "blind65", "blind66", "blind67",
             "blind68", "blind69", "blind70", "blind71", "blind72", "blind73",
             "blind74", "blind75", "blind76", "blind77", "blind78", "blind79",
             "blind80", "blind81", "blind82", "blind83", "blind84", "blind85",
             "blind86", "blind87", "blind88", "blind89", "blind90", "blind91",
             "blind92")  # fmt: skip
ARTICLES = SETS / "articles"
INPUTS = (".txt", ".md", ".html")
FIELDS = ("age", "role", "organization")
OVERLAP = 0.8
CONFIDENT = 0.8


@dataclass
class Report:
    """Counts over the whole set, and a line for each miss."""

    annotated: int = 0
    proposed: int = 0
    matched: int = 0
    proposals_matched: int = 0
    speakers_right: int = 0
    same_person: int = 0
    confident: int = 0
    confident_right: int = 0
    partial_annotated: int = 0
    partial_found: int = 0
    printed: Counter[str] = field(default_factory=Counter)
    printed_right: Counter[str] = field(default_factory=Counter)
    invented: Counter[str] = field(default_factory=Counter)
    fields_right: Counter[str] = field(default_factory=Counter)
    meta_checked: int = 0
    meta_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.annotated if self.annotated else 1.0

    @property
    def precision(self) -> float:
        return self.proposals_matched / self.proposed if self.proposed else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched if self.matched else 1.0

    @property
    def calibration(self) -> float:
        """Of proposals at confidence 0.8 or more, the share that are a right-speaker quote."""
        return self.confident_right / self.confident if self.confident else 1.0

    @property
    def person_accuracy(self) -> float:
        return self.same_person / self.matched if self.matched else 1.0

    def field_accuracy(self, name: str) -> float:
        return self.fields_right[name] / self.matched if self.matched else 1.0

    def printed_accuracy(self, name: str) -> float:
        """Of matched quotes whose speaker's ``name`` field the article prints, the share right."""
        return self.printed_right[name] / self.printed[name] if self.printed[name] else 1.0

    @property
    def partial_recall(self) -> float:
        return self.partial_found / self.partial_annotated if self.partial_annotated else 1.0


def words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", fold(text)))


def overlap(annotated: str, proposed: str) -> float:
    """The share of the annotated quote's words found in the proposal."""
    wanted = words(annotated)
    total = sum(wanted.values())
    return sum((wanted & words(proposed)).values()) / total if total else 0.0


def language(text: str) -> str:
    """``ru`` for Cyrillic copy, else ``en``."""
    return "ru" if len(re.findall("[а-яё]", text.lower())) > len(text) // 4 else "en"


def same_person(expected: str, proposed: str) -> bool:
    """The annotated speaker's surname (or only name) among the proposed name's words.

    Russian words compare without their last two letters, so a name left in another
    case (Самойленко, Наталью Ивановой) still counts as the same person here; the
    exact filing name is scored separately.
    """
    wanted, given = normal(expected).split(), normal(proposed).split()
    if not wanted or not given:
        return wanted == given
    last = wanted[-1]
    if re.match("[а-яё]", last) and len(last) > 4:
        return any(word[: len(last) - 2] == last[:-2] for word in given)
    return last in given


def normal(value: Any) -> str:
    """A field as compared: folded, without a leading article or surrounding punctuation."""
    if value is None:
        return ""
    text = re.sub(r"^(?:the|a|an)\s+", "", fold(str(value)).strip(" .,"))
    return " ".join(text.split())


def pair(
    annotated: Sequence[dict[str, Any]], proposals: Sequence[Proposal], text: str = ""
) -> list[tuple[int, int]]:
    """One-to-one matches (annotation index, proposal index), best overlaps first.

    A quote split by its attribution ('"A," said X. "B."') is one proposal made of two
    pieces. An annotation may take it whole, or annotate each piece as a quote of its
    own: then each piece matches one annotated quote, and the proposal counts once.
    """
    units = [(p, -1, proposal.text) for p, proposal in enumerate(proposals)]
    if text:
        units += [
            (p, i, text[start:end])
            for p, proposal in enumerate(proposals)
            if len(proposal.pieces) > 1
            for i, (start, end) in enumerate(proposal.pieces)
        ]
    scored = [
        (overlap(quote["text"], words), a, p, i)
        for a, quote in enumerate(annotated)
        for p, i, words in units
    ]
    used_a: set[int] = set()
    whole: set[int] = set()
    pieces: set[tuple[int, int]] = set()
    pairs: list[tuple[int, int]] = []
    for score, a, p, i in sorted(scored, reverse=True):
        if score < OVERLAP or a in used_a or p in whole:
            continue
        if i < 0 and any(q == p for q, _ in pieces):
            continue  # a piece of it matched an annotated quote already
        if (p, i) in pieces:
            continue
        pairs.append((a, p))
        used_a.add(a)
        if i < 0:
            whole.add(p)
        else:
            pieces.add((p, i))
    return pairs


def article_files(folder: Path = ARTICLES) -> list[tuple[Path, Path]]:
    """(input, annotation) pairs of the evaluation set."""
    found = []
    for annotation in sorted(folder.glob("*.json")):
        for suffix in INPUTS:
            source = annotation.with_suffix(suffix)
            if source.exists():
                found.append((source, annotation))
    return found


def evaluate(folder: Path = ARTICLES, lang: str = "") -> Report:
    """The figures over the set, or over its articles in one language (``en``, ``ru``)."""
    report = Report()
    for source, annotation_file in article_files(folder):
        text = source.read_text(encoding="utf-8")
        if lang and language(text) != lang:
            continue
        annotation = json.loads(annotation_file.read_text(encoding="utf-8"))
        extraction = extract(text)
        _score_article(report, source.name, annotation, list(extraction.proposals), text)
        _score_meta(report, source.name, annotation.get("meta", {}), extraction.meta)
    return report


def _score_article(
    report: Report, name: str, annotation: dict[str, Any], proposals: list[Proposal], text: str
) -> None:
    quotes = annotation["quotes"]
    report.annotated += len(quotes)
    report.proposed += len(proposals)
    pairs = pair(quotes, proposals, text)
    report.matched += len(pairs)
    matched_a = {a for a, _ in pairs}
    matched_p = {p for _, p in pairs}
    report.proposals_matched += len(matched_p)
    for a, quote in enumerate(quotes):
        if a not in matched_a:
            report.misses.append(f"{name}: missed {quote['text'][:70]!r}")
    for p, proposal in enumerate(proposals):
        if p not in matched_p:
            report.misses.append(f"{name}: extra {proposal.text[:70]!r}")
    report.partial_annotated += sum(q.get("kind") == "partial" for q in quotes)
    report.confident += sum(p.confidence >= CONFIDENT for p in proposals)
    report.confident_right += len(
        {
            p
            for a, p in pairs
            if proposals[p].confidence >= CONFIDENT
            and same_person(quotes[a].get("speaker") or "", proposals[p].speaker_name)
        }
    )
    for a, p in pairs:
        quote, proposal = quotes[a], proposals[p]
        report.partial_found += quote.get("kind") == "partial"
        _score_printed(report, quote, proposal)
        report.same_person += same_person(quote.get("speaker") or "", proposal.speaker_name)
        if normal(quote.get("speaker")) == normal(proposal.speaker_name):
            report.speakers_right += 1
        else:
            report.misses.append(
                f"{name}: speaker {proposal.speaker_name!r} ({proposal.speaker!r}), "
                f"expected {quote.get('speaker')!r} for {quote['text'][:40]!r}"
            )
        for key in FIELDS:
            if normal(quote.get(key)) == normal(getattr(proposal, key)):
                report.fields_right[key] += 1
            else:
                report.misses.append(
                    f"{name}: {key} {getattr(proposal, key)!r}, expected {quote.get(key)!r} "
                    f"({quote.get('speaker')})"
                )


def _score_printed(report: Report, quote: dict[str, Any], proposal: Proposal) -> None:
    for key in ("role", "organization"):
        expected, found = normal(quote.get(key)), normal(getattr(proposal, key))
        if expected:
            report.printed[key] += 1
            report.printed_right[key] += expected == found
        elif found:
            report.invented[key] += 1


def _score_meta(report: Report, name: str, expected: dict[str, Any], meta: Any) -> None:
    for key, value in expected.items():
        report.meta_checked += 1
        found = getattr(meta, key)
        if normal(found) == normal(value):
            report.meta_right += 1
        else:
            report.misses.append(f"{name}: meta {key} {found!r}, expected {value!r}")


def long_article(words_wanted: int, lang: str = "en") -> str:
    """The plain-text articles of every set in one language, repeated to ``words_wanted`` words."""
    texts = [
        source.read_text(encoding="utf-8")
        for folder in sorted(p for p in SETS.iterdir() if p.is_dir())
        for source, _ in article_files(folder)
        if source.suffix == ".txt"
    ]
    texts = [text for text in texts if language(text) == lang]
    parts: list[str] = []
    count = 0
    while count < words_wanted:
        for text in texts:
            parts.append(text)
            count += len(text.split())
            if count >= words_wanted:
                break
    return "\n\n".join(parts)


def timing(words_wanted: int, lang: str = "en") -> tuple[int, float, float, int]:
    """(words, seconds, CPU seconds, proposals) for one extraction of a long article in
    ``lang``. The CPU time is the figure to trust on a busy machine."""
    text = long_article(words_wanted, lang)
    started, cpu = time.perf_counter(), time.process_time()
    extraction = extract(text)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return len(text.split()), seconds, cpu, len(extraction.proposals)


def table(reports: dict[str, Report]) -> str:
    """The figures, one column per language ("all", "en", "ru")."""
    rows: list[tuple[str, list[str]]] = [
        ("annotated quotes", [str(r.annotated) for r in reports.values()]),
        ("proposed", [str(r.proposed) for r in reports.values()]),
        ("recall", [f"{r.recall:.3f}" for r in reports.values()]),
        ("precision", [f"{r.precision:.3f}" for r in reports.values()]),
        ("speaker, same person", [f"{r.person_accuracy:.3f}" for r in reports.values()]),
        ("speaker, filing name", [f"{r.speaker_accuracy:.3f}" for r in reports.values()]),
    ]
    for key in FIELDS:
        rows.append((key, [f"{r.field_accuracy(key):.3f}" for r in reports.values()]))
    for key in ("role", "organization"):
        rows.append(
            (
                f"{key}, where printed",
                [f"{r.printed_accuracy(key):.3f} ({r.printed[key]})" for r in reports.values()],
            )
        )
        rows.append(
            (f"{key}, none printed but filled", [str(r.invented[key]) for r in reports.values()])
        )
    rows.append(
        (
            "partial quotes found",
            [f"{r.partial_recall:.3f} ({r.partial_annotated})" for r in reports.values()],
        )
    )
    rows.append(
        (
            "right speaker at confidence >= 0.8",
            [f"{r.calibration:.3f} ({r.confident})" for r in reports.values()],
        )
    )
    checked = [r for r in reports.values()]
    rows.append(
        (
            "metadata",
            [f"{r.meta_right / r.meta_checked:.3f}" if r.meta_checked else "-" for r in checked],
        )
    )
    header = f"{'':<38}" + "".join(f"{name or 'all':>14}" for name in reports)
    lines = [header] + [
        f"{label:<38}" + "".join(f"{v:>14}" for v in values) for label, values in rows
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--set",
        default="articles",
        choices=SET_NAMES,
    )
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--words", type=int, default=10_000, help="size of the timed article")
    args = parser.parse_args(argv)
    folder = SETS / args.set
    reports = {lang: evaluate(folder, lang) for lang in ("", "en", "ru")}
    files = article_files(folder)
    print(f"set: {args.set}  articles: {len(files)}")
    print(table(reports))
    for lang in ("en", "ru"):
        count, seconds, cpu, proposals = timing(args.words, lang)
        print(
            f"timing ({lang}): {count} words in {seconds:.3f} s, {cpu:.3f} s CPU "
            f"({proposals} quotes)"
        )
    if args.verbose:
        print("\n".join(reports[""].misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
