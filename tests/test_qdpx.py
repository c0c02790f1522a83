"""REFI-QDA: the project validates against the published schema and holds the library's coding."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from quotebook.cli import main
from quotebook.core import GroundRule, Library, ValidationError
from quotebook.core.sheet.formats import ExportFormat
from quotebook.core.sheet.options import ExportOptions
from quotebook.core.sheet.qdpx import CODEBOOK_NS, PROJECT_NS, export_qdc, export_qdpx, read_codes

SCHEMAS = Path(__file__).parent / "refi_qda"
NS = {"p": PROJECT_NS}
REAL_NAME = "Aleksandra Secret"
CONTACT = "signal:@hidden_handle"


def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name)))


def _project(path: Path | io.BytesIO) -> tuple[etree._Element, dict[str, str]]:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("project.qde"))
        files = {
            name.removeprefix("Sources/"): archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("Sources/")
        }
    return root, files


@pytest.fixture
def newsroom(library: Library) -> Library:
    sasha = library.add_source(
        "Sasha",
        real_name=REAL_NAME,
        contact=CONTACT,
        age=23,
        role="engineer",
        organization="Yandex",
        is_pseudonym=True,
        default_ground_rule="background",
    ).created
    lepra = library.add_source("Лепра", location="Tbilisi").created
    article = library.add_article("Исход: the exodus 🙂", url="https://x.test/a").created
    assert sasha and lepra and article
    library.add_tag("exile", color="#1f77b4")
    library.add_quote("Мы уехали в марте.", sasha, article_id=article, tags=["exile", "draft"])
    library.add_quote("=We left\nat night 🙂", lepra, article_id=article, tags=["draft"])
    library.add_quote("A quote filed nowhere.", lepra, said_on="2022-03-14", context="By phone")
    library.add_quote("Never print this.", lepra, ground_rule=GroundRule.OFF_RECORD)
    library.add_quote(
        "Said in confidence.", sasha, ground_rule=GroundRule.BACKGROUND, context="At her flat"
    )
    return library


def test_the_project_is_valid_refi_qda(newsroom: Library, tmp_path: Path) -> None:
    path = tmp_path / "library.qdpx"
    report = export_qdpx(newsroom, path)
    root, _ = _project(path)
    schema = _schema("Project-mrt2019.xsd")
    assert schema.validate(root), schema.error_log
    assert (report.quotes, report.sources, report.cases, report.off_record_left_out) == (4, 3, 2, 1)


def test_the_demo_library_is_valid_refi_qda(library_path: Path, tmp_path: Path) -> None:
    assert main(["--library", str(library_path), "demo"]) == 0
    path = tmp_path / "demo.qdpx"
    assert main(["--library", str(library_path), "export", "-o", str(path)]) == 0
    root, files = _project(path)
    schema = _schema("Project-mrt2019.xsd")
    assert schema.validate(root), schema.error_log
    assert len(root.findall(".//p:PlainTextSelection", NS)) == 48
    assert "Dmitri Koval" not in str(files) + etree.tostring(root).decode()


def test_selections_are_the_quotes_coded_with_their_tags(newsroom: Library, tmp_path: Path) -> None:
    path = tmp_path / "library.qdpx"
    export_qdpx(newsroom, path)
    root, files = _project(path)
    colors = {name: color for _, name, color in read_codes(root, PROJECT_NS)}
    assert colors == {"draft": "", "exile": "#1f77b4"}
    codes = {guid: name for guid, name, _ in read_codes(root, PROJECT_NS)}
    found = {}
    for source in root.iterfind(".//p:TextSource", NS):
        text = files[source.get("plainTextPath").removeprefix("internal://")]
        for selection in source.iterfind("p:PlainTextSelection", NS):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            tags = [codes[ref.get("targetGUID")] for ref in selection.iterfind(".//p:CodeRef", NS)]
            found[text[start:end]] = (source.get("name"), sorted(tags))
    assert found == {
        "Мы уехали в марте.": ("Исход: the exodus 🙂", ["draft", "exile"]),
        "=We left\nat night 🙂": ("Исход: the exodus 🙂", ["draft"]),
        "A quote filed nowhere.": ("Quote 3", []),
        "Said in confidence.": ("Quote 5", []),
    }
    description = root.find(".//p:PlainTextSelection[@name='Quote 3']/p:Description", NS)
    assert description.text == "Ground rule: on_record; said on 2022-03-14; context: By phone"
    background = root.find(".//p:PlainTextSelection[@name='Quote 5']/p:Description", NS)
    assert background.text == "Ground rule: background"


def test_sources_are_cases_with_variables_and_nothing_protected(
    newsroom: Library, tmp_path: Path
) -> None:
    path = tmp_path / "library.qdpx"
    export_qdpx(newsroom, path, ExportOptions(format=ExportFormat.QDPX, include_off_record=True))
    root, files = _project(path)
    variables = {v.get("guid"): v.get("name") for v in root.iterfind(".//p:Variable", NS)}
    cases = {}
    for case in root.iterfind(".//p:Case", NS):
        values = {}
        for value in case.iterfind("p:VariableValue", NS):
            name = variables[value.find("p:VariableRef", NS).get("targetGUID")]
            values[name] = value[1].text
        cases[case.get("name")] = (values, len(case.findall("p:SelectionRef", NS)))
    assert cases["Sasha"][1] == 2
    assert cases["Sasha"][0] == {
        "Pseudonym": "true",
        "Age": "23",
        "Role": "engineer",
        "Organization": "Yandex",
        "Default ground rule": "background",
    }
    assert cases["Лепра"][0]["Location"] == "Tbilisi" and cases["Лепра"][1] == 3
    everything = etree.tostring(root).decode() + "".join(files.values())
    assert REAL_NAME not in everything and CONTACT not in everything
    assert "Never print this." in everything


def test_the_codebook_is_valid_and_the_projects_own(newsroom: Library, tmp_path: Path) -> None:
    qdc, qdpx = tmp_path / "tags.qdc", tmp_path / "library.qdpx"
    assert export_qdc(newsroom, qdc) == 2
    export_qdpx(newsroom, qdpx)
    codebook = etree.parse(str(qdc)).getroot()
    schema = _schema("Codebook.xsd")
    assert schema.validate(codebook), schema.error_log
    project, _ = _project(qdpx)
    assert list(read_codes(codebook, CODEBOOK_NS)) == list(read_codes(project, PROJECT_NS))
    again = io.BytesIO()
    export_qdpx(newsroom, again)
    assert list(read_codes(_project(again)[0], PROJECT_NS)) == list(read_codes(project, PROJECT_NS))


def test_a_library_without_tags_has_no_codebook_to_write(library: Library, tmp_path: Path) -> None:
    source = library.add_source("Sasha").created
    assert source is not None
    library.add_quote("Words.", source)
    with pytest.raises(ValidationError, match="no tags"):
        export_qdc(library, tmp_path / "tags.qdc")
    assert not (tmp_path / "tags.qdc").exists()
    export_qdpx(library, tmp_path / "library.qdpx")
    root, _ = _project(tmp_path / "library.qdpx")
    assert _schema("Project-mrt2019.xsd").validate(root)
