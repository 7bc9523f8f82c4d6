"""Each gold format: detection, reading, and evaluation through evaluate_paths with a fake coder."""

from __future__ import annotations

import json

import pytest
from eval_builders import FakeFactory, event, nothing

from diurna.errors import DiurnaError
from diurna.evaluate import evaluate_paths, find_format


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _petr(id_, source_set, text, expected=(), dyad=True, **kw):
    return {
        "id": f"{source_set}/{id_}", "source_set": source_set, "text": text, "date": "20150609",
        "expected": [dict(zip(("source", "target", "code"), e)) for e in expected],
        "no_event": kw.get("no_event", False), "expected_error": kw.get("expected_error"),
        "flags": kw.get("flags", []), "config": {"require_dyad": dyad}, "comments": ["never read"],
        "parse_ptb": "(ROOT never read)",
    }


@pytest.mark.parametrize(
    "name, module",
    [("seed/belgrade-sanctions.gold.json", "seed"), ("petr_dev.jsonl", "petr"), ("news_dev.jsonl", "news"),
     ("plover_gsr_dev.jsonl", "plover"), ("seed/belgrade-sanctions.txt", None), ("README.md", None)],
)
def test_formats_detect_the_shared_files(eval_dir, name, module):
    found = find_format(eval_dir / name)
    assert (found.__name__.rsplit(".", 1)[-1] if found else None) == module


def _petr_file(tmp_path):
    return _jsonl(
        tmp_path / "petr_x.jsonl",
        [
            _petr("G1", "petr2_gsr", "Obama met Putin.", [("USAGOV", "RUSGOV", "040")]),
            _petr("G2", "petr2_gsr", "Syrian rebels attacked UN peacekeepers.", [("SYRREB", "IGOUNOMIL", "190")]),
            _petr("G3", "petr2_gsr", "Nothing here.", no_event=True),
            _petr("U1", "petr2_unittest", "Arnor welcomed Gondor.", [("ARN", "GON", "041")]),
            _petr("U2", "petr2_unittest", "Lions welcomed Gondor.", [("---", "GON", "041")], dyad=False),
            _petr("U3", "petr2_unittest", "Gondor discarded.", expected_error="sentencediscard",
                  flags=["sentence_attr_false"]),
            _petr("L1", "petr1_legacy", "Gxndor welcxmed Arnor.", [("GON", "ARN", "041")]),
        ],
    )


def _petr_script(text, settings):
    table = {
        "Obama met Putin.": [event("USAGOV", "RUSGOV", "040", rule="verb.meet")],
        "Syrian rebels attacked UN peacekeepers.": [event("SYR", "IGOUNO", "190")],
        "Arnor welcomed Gondor.": [event("ARN", "GON", "041")],
        "Lions welcomed Gondor.": [] if settings.get("require_target") else [event("---", "GON", "041")],
        "Gondor discarded.": DiurnaError("D005", detail="toy"),
    }
    return table.get(text, [])


def test_petr_skips_toy_sets_without_their_dictionaries(tmp_path):
    factory = FakeFactory(_petr_script)
    report = evaluate_paths([_petr_file(tmp_path)], build_coder=factory)
    names = {s.name: s for s in report.sets}
    assert list(names) == ["petr_x/petr2_unittest", "petr_x/petr2_gsr", "petr_x/petr2_gsr/country",
                           "petr_x/petr1_legacy", "petr_x/main"]
    assert names["petr_x/petr2_unittest"].skipped.startswith("skipped: needs --set-dictionaries petr2_unittest=")
    assert names["petr_x/main"].skipped
    gsr, country = names["petr_x/petr2_gsr"], names["petr_x/petr2_gsr/country"]
    assert (gsr.records_passed, gsr.records_total) == (2, 3)
    assert (country.records_passed, country.aggregate) == (3, False)
    assert factory.built == [{"dictionaries": "builtin", "require_target": True}]
    assert factory.coders[0].seen[0] == ("Obama met Putin.", "20150609")  # only text and date


def test_petr_codes_each_dyad_setting_with_its_own_cached_coder(tmp_path):
    factory = FakeFactory(_petr_script)
    report = evaluate_paths([_petr_file(tmp_path)], set_dictionaries={"petr2_unittest": "toy"}, build_coder=factory)
    assert sorted(map(str, factory.built)) == sorted(map(str, [
        {"dictionaries": "builtin", "require_target": True},
        {"dictionaries": "toy"},
        {"dictionaries": "toy", "require_target": True},
    ]))
    unittest = report.get("petr_x/petr2_unittest")
    assert (unittest.records_passed, unittest.records_total) == (3, 3)
    legacy = report.get("petr_x/petr1_legacy")  # falls back on petr2_unittest's dictionaries
    assert legacy.skipped is None and legacy.records_total == 1
    main = report.get("petr_x/main")
    assert main.skipped is None and main.records_total == 5 and not main.aggregate


def test_petr_unloadable_dictionaries_skip_the_set(tmp_path):
    def fail(settings):
        if settings["dictionaries"] == "petrarch:/nowhere":
            return DiurnaError("D021", value="petrarch:/nowhere", options="builtin")
        return None

    factory = FakeFactory(_petr_script, fail_on=fail)
    report = evaluate_paths(
        [_petr_file(tmp_path)], set_dictionaries={"petr2_unittest": "petrarch:/nowhere"}, build_coder=factory
    )
    skipped = report.get("petr_x/petr2_unittest").skipped
    assert "needs --set-dictionaries petr2_unittest=SPEC" in skipped and "D021" in skipped
    assert report.get("petr_x/petr2_gsr").skipped is None


def test_petr_limit_applies_per_set(tmp_path):
    report = evaluate_paths([_petr_file(tmp_path)], limit=1, build_coder=FakeFactory(_petr_script))
    assert report.get("petr_x/petr2_gsr").records_total == 1


def test_news_records(tmp_path):
    path = _jsonl(tmp_path / "news_x.jsonl", [
        {"id": "n1", "text": "Turkey protested to Russia.", "date": "2016-12-19",
         "required": [{"source": "TUR", "target": "RUS", "cameo_root": "14", "plover": "PROTEST"}],
         "acceptable": [], "forbidden": []},
    ])
    script = lambda text, settings: [event("TURCVL", "RUS", "141", "PROTEST")]  # noqa: E731
    report = evaluate_paths([path], build_coder=FakeFactory(script))
    result = report.get("news_x")
    assert result.records_passed == 1 and result.metrics["required_recall"] == 1.0


def test_plover_records(tmp_path):
    path = _jsonl(tmp_path / "plover_x.jsonl", [
        {"id": "p1", "text": "Italy suspended air links with Serbia.", "date": "2000-01-01", "event": "SANCTION",
         "mode": None, "source": [{"text": "Italy", "code": "ITL", "sector": None}],
         "target": [{"text": "Serbia", "code": "SRB", "sector": None}]},
    ])
    script = lambda text, settings: [event("ITA", "SRB", "163", "SANCTION")]  # noqa: E731
    result = evaluate_paths([path], build_coder=FakeFactory(script)).get("plover_x")
    assert result.records_passed == 1 and result.metrics["source_country_accuracy"] == 1.0


def test_seed_reads_the_document_next_to_it(tmp_path):
    (tmp_path / "doc.txt").write_text("Serbia and Russia held talks.", encoding="utf-8")
    (tmp_path / "doc.gold.json").write_text(json.dumps({
        "document": "doc.txt",
        "required": [{"source": "SRB", "target": "RUS", "cameo_root": "04", "plover": "CONSULT"}],
        "acceptable": [],
    }))
    factory = FakeFactory(lambda text, settings: [event("SRB", "RUS", "040", "CONSULT")])
    report = evaluate_paths([tmp_path], build_coder=factory)
    assert [s.name for s in report.sets] == ["seed/doc"]
    assert report.sets[0].records_passed == 1
    assert factory.coders[0].seen == [("Serbia and Russia held talks.", None)]


def test_one_coder_serves_every_file(tmp_path, eval_dir):
    factory = FakeFactory(nothing)
    paths = [eval_dir / "news_dev.jsonl", eval_dir / "plover_gsr_dev.jsonl", eval_dir / "seed"]
    evaluate_paths(paths, build_coder=factory)
    assert factory.built == [{"dictionaries": "builtin"}]


def test_unknown_and_missing_files_are_coded_errors(tmp_path):
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    with pytest.raises(DiurnaError) as unknown:
        evaluate_paths([other], build_coder=FakeFactory(nothing))
    assert unknown.value.code == "D011"
    with pytest.raises(DiurnaError) as missing:
        evaluate_paths([tmp_path / "nope.jsonl"], build_coder=FakeFactory(nothing))
    assert missing.value.code == "D010"


def test_bad_jsonl_line_is_a_coded_error(tmp_path):
    path = tmp_path / "news_bad.jsonl"
    path.write_text('{"id": "n1", "text": "x", "required": []}\n{not json\n')
    with pytest.raises(DiurnaError) as bad:
        evaluate_paths([path], build_coder=FakeFactory(nothing))
    assert bad.value.code == "D006"


def _oracle(eval_dir):
    """A script that codes each dev sentence exactly as its gold says."""
    from diurna.evaluate.countries import gold_country
    from diurna.evaluate.gold import read_jsonl

    def side(code):
        return None if code in ("*", "---") else code

    table = {}
    for r in read_jsonl(eval_dir / "news_dev.jsonl"):
        table[r["text"]] = [event(side(e["source"]), side(e["target"]), e["cameo_root"] + "0", e.get("plover"))
                            for e in r["required"]]
    for r in read_jsonl(eval_dir / "plover_gsr_dev.jsonl"):
        source = gold_country(r["source"][0]["code"]) if r["source"] else None
        target = gold_country(r["target"][0]["code"]) if r["target"] else None
        table[r["text"]] = [event(source, target, "010", r["event"])]
    for r in read_jsonl(eval_dir / "petr_dev.jsonl"):
        if r["source_set"] == "petr2_gsr":
            table[r["text"]] = [event(side(e["source"]), side(e["target"]), e["code"]) for e in r["expected"]]
    return lambda text, settings: table.get(text, [])


def test_a_perfect_coder_passes_every_dev_record(eval_dir):
    paths = [eval_dir / "news_dev.jsonl", eval_dir / "plover_gsr_dev.jsonl", eval_dir / "petr_dev.jsonl"]
    report = evaluate_paths(paths, build_coder=FakeFactory(_oracle(eval_dir)))
    for name in ("news_dev", "plover_gsr_dev", "petr_dev/petr2_gsr", "petr_dev/petr2_gsr/country"):
        result = report.get(name)
        assert result.records_passed == result.records_total, (name, result.worst[:3])
        assert all(v == 1.0 for k, v in result.metrics.items() if k.endswith(("_f1", "accuracy", "recall"))), name
