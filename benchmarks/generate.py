"""Build a large, realistic Quotebook library deterministically from a seed.

    python benchmarks/generate.py OUT.sqlite3 [--quotes 1000000] [--seed 7]

20,000 sources, 50,000 articles and 500 tags at the default size (scaled down
for smaller libraries), about two tags per quote, quote text of 10–80 words
drawn with a Zipf-like frequency from an English vocabulary, about one quote in
ten in Russian, every ground rule represented. Rows go in through bulk SQL in
one transaction, and the full-text index is filled in one statement at the end.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quotebook.core import Library
from quotebook.core.domain.validate import fold
from quotebook.core.storage import fts
from quotebook.core.storage.fts_terms import bigrams, stems

ENGLISH = """the of and to a in that is was he for it with as his on be at by i this had
not are but from or have an they which one you were her all she there would their we him
been has when who will more no if out so said what up its about into than them can only
other new some could time these two may then do first any my now such like our over man me
even most made after also did many before must through back years where much your way well
down should because each just those people how too little state good very make world still
own see men work long get here between both life being under never day same another know
while last might us great old year off come since against go came right used take three
company war border draft exemption engineer developer visa office salary family apartment
flight contract manager startup server code team leave left country passport bank card
army notice call mother father friends money rent job remote offer relocation embassy
queue train bus checkpoint winter spring summer autumn hope fear quiet news phone message
telegram laptop client product release deadline sanctions payment transfer account
mobilisation summons evening morning night week month children school university city
village street market price kitchen coffee tea bread snow rain river bridge mountain sea
""".split()
RARE = """zeitgeist quixotic palimpsest serendipity obfuscate kerfuffle lagniappe
sesquipedalian defenestration petrichor susurrus apricity vellichor""".split()
RUSSIAN = """и в не на я что он с как а то все она так его но да ты к у же вы за бы по
только ее мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже
или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они
работа граница повестка уехал уехала компания программист страна паспорт виза деньги
семья квартира зарплата армия война мобилизация отпуск офис команда проект""".split()
FIRST = """Sasha Ivan Olga Dmitri Anna Pavel Maria Sergei Elena Nikolai Irina Alexei
Tatiana Mikhail Natalia Yuri Svetlana Andrei Ekaterina Boris Zoë Chloé José Ana""".split()
LAST = """Petrov Ivanova Smirnov Kuznetsova Popov Vasilieva Sokolov Mikhailova Novikov
Fedorova Morozov Volkova Lebedev Kozlova Egorov Pavlova Orlov Nikolaeva Zaitsev""".split()
ROLES = """engineer developer designer analyst researcher manager lawyer teacher doctor
economist journalist student founder recruiter""".split()
ORGS = """Yantar Severtech Volna Kosmos Polar Orbita Rassvet Granit Sokol Lotos""".split()
OUTLETS = ["The Daily Ledger", "Northern Courier", "Meridian Post", "Новая вечерка"]
TAGS = """draft exemption relocation visa sanctions family exile remote banking army
border housing salary startup identity language school health""".split()
RULES = ["on_record"] * 6 + ["background"] * 2 + ["deep_background", "off_record"]


def _weights(count: int) -> list[float]:
    return [1.0 / (rank + 1) ** 0.9 for rank in range(count)]


def _stamp(rng: random.Random) -> str:
    moment = datetime(2022, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(3 * 365 * 86400))
    return moment.strftime("%Y-%m-%d %H:%M:%S.000000")


def _day(rng: random.Random) -> str:
    return (date(2022, 1, 1) + timedelta(days=rng.randrange(3 * 365))).isoformat()


def sizes(quotes: int) -> tuple[int, int, int]:
    """Sources, articles and tags for a library of ``quotes`` quotes."""
    scale = quotes / 1_000_000
    return (
        max(20, int(20_000 * scale)),
        max(20, int(50_000 * scale)),
        max(20, min(500, quotes // 20)),
    )


def _sources(rng: random.Random, count: int) -> list[tuple[object, ...]]:
    rows = []
    for i in range(1, count + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        org = rng.choice(ORGS)
        rows.append(
            (
                i,
                name,
                fold(name),
                rng.choice(ROLES),
                org,
                fold(org),
                rng.randrange(18, 80),
                rng.choice(RULES),
                _stamp(rng),
            )
        )
    return rows


def _articles(rng: random.Random, count: int) -> list[tuple[object, ...]]:
    rows = []
    for i in range(1, count + 1):
        headline = " ".join(rng.choices(ENGLISH[100:], k=6)).capitalize()
        outlet = rng.choice(OUTLETS)
        rows.append(
            (
                i,
                headline,
                fold(headline),
                outlet,
                fold(outlet),
                f"https://news.example/{i}",
                _day(rng),
                _stamp(rng),
            )
        )
    return rows


def _tags(count: int) -> list[tuple[object, ...]]:
    names = [TAGS[i] if i < len(TAGS) else f"{TAGS[i % len(TAGS)]}-{i}" for i in range(count)]
    return [(i + 1, name, fold(name), "2022-01-01 00:00:00.000000") for i, name in enumerate(names)]


def _quote_text(rng: random.Random, english_cum: list[float], russian_cum: list[float]) -> str:
    length = rng.randint(10, 80)
    if rng.random() < 0.1:
        words = rng.choices(RUSSIAN, cum_weights=russian_cum, k=length)
    else:
        words = rng.choices(ENGLISH, cum_weights=english_cum, k=length)
        if rng.random() < 0.001:
            words[rng.randrange(length)] = rng.choice(RARE)
    return " ".join(words).capitalize() + "."


def _cum(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def generate(path: Path, quotes: int, seed: int = 7) -> dict[str, float]:
    """Create the library at ``path`` (which must not exist) and return timings."""
    started = time.perf_counter()
    Library(path).close()  # the schema at the current version
    rng = random.Random(seed)
    n_sources, n_articles, n_tags = sizes(quotes)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO source (id, name, name_key, role, organization, organization_key, age,"
        " default_ground_rule, created_at, updated_at, real_name, is_pseudonym, location,"
        " described_as, contact, notes) VALUES (?,?,?,?,?,?,?,?,?,?9,'',0,'','','','')",
        _sources(rng, n_sources),
    )
    conn.executemany(
        "INSERT INTO article (id, headline, headline_key, outlet, outlet_key, url, published_on,"
        " created_at, updated_at, author, dateline, notes) VALUES (?,?,?,?,?,?,?,?,?8,'','','')",
        _articles(rng, n_articles),
    )
    conn.executemany(
        "INSERT INTO tag (id, name, key, color, created_at) VALUES (?,?,?,'',?)", _tags(n_tags)
    )
    english_cum, russian_cum = _cum(_weights(len(ENGLISH))), _cum(_weights(len(RUSSIAN)))
    tag_cum = _cum(_weights(n_tags))

    def rows() -> object:
        for i in range(1, quotes + 1):
            yield (
                i,
                _quote_text(rng, english_cum, russian_cum),
                rng.randint(1, n_sources),
                rng.randint(1, n_articles) if rng.random() < 0.8 else None,
                _day(rng),
                rng.choice(RULES),
                _stamp(rng),
            )

    conn.executemany(
        "INSERT INTO quote (id, text, source_id, article_id, said_on, ground_rule, created_at,"
        " updated_at, context, language, translation, original_text, status, notes)"
        " VALUES (?,?,?,?,?,?,?,?7,'','','','','unverified','')",
        rows(),
    )

    def links() -> object:
        for i in range(1, quotes + 1):
            for tag in set(rng.choices(range(1, n_tags + 1), cum_weights=tag_cum, k=2)):
                yield (i, tag)

    conn.executemany("INSERT INTO quote_tag (quote_id, tag_id) VALUES (?, ?)", links())
    rows_done = time.perf_counter()
    conn.create_function("qb_fold", 1, lambda value: fold(value or ""), deterministic=True)
    conn.create_function("qb_stems", 1, lambda value: stems(fold(value)), deterministic=True)
    conn.create_function("qb_cjk", 1, lambda value: bigrams(fold(value)), deterministic=True)
    with fts.merging_while_filled(conn):  # as an import fills it
        conn.execute(
            "INSERT INTO quote_fts(rowid, text, translation, original_text, context, notes,"
            " stems, cjk) SELECT id, qb_fold(text), '', '', '', '', qb_stems(text),"
            " qb_cjk(text) FROM quote"
        )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    finished = time.perf_counter()
    return {
        "rows_s": rows_done - started,
        "fts_s": finished - rows_done,
        "total_s": finished - started,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists; choose a new file")
    timings = generate(args.out, args.quotes, args.seed)
    print(
        f"{args.quotes:,} quotes in {timings['total_s']:.1f} s "
        f"(rows {timings['rows_s']:.1f} s, full-text index {timings['fts_s']:.1f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
