"""Rule files: errors name file:line, user folders override shipped entries."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyx.errors import RuleErrors
from treatyx.ruleset.check import check_ruleset
from treatyx.ruleset.loader import read_ruleset


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _errors(folder: Path) -> list[str]:
    with pytest.raises(RuleErrors) as info:
        read_ruleset((str(folder),))
    return [str(e) for e in info.value.errors]


def test_loader_yaml_syntax_error_names_file_and_line(tmp_path):
    _write(tmp_path, "broken.yml", "systems:\n  - id: x\n    name: [unclosed\n")
    (error,) = _errors(tmp_path)
    assert error.startswith(f"{tmp_path}/broken.yml:")
    assert "YAML syntax error" in error


def test_loader_unknown_key_names_line_of_the_key(tmp_path):
    _write(tmp_path, "systems.yml", "systems:\n  - id: ok-one\n    name: A\n    class: SRBM\n"
           "    country: russia\n  - id: bad-one\n    name: B\n    clas: SRBM\n"
           "    country: russia\n")
    errors = _errors(tmp_path)
    assert any(e.startswith(f"{tmp_path}/systems.yml:8: systems 'bad-one': unknown key 'clas'")
               for e in errors)
    assert f"{tmp_path}/systems.yml:6: systems 'bad-one': missing required key 'class'" in errors


def test_loader_rejects_bad_regex_and_bad_choice(tmp_path):
    _write(tmp_path, "p.yml", "system_patterns:\n  - id: broken\n    regex: 'KN-(\\d+'\n"
           "    class: XYZ\n")
    errors = _errors(tmp_path)
    assert any("p.yml:3: system_patterns 'broken': regex: invalid regex" in e for e in errors)
    assert any("p.yml:4: system_patterns 'broken': class: must be one of 'SRBM'" in e
               and "got 'XYZ'" in e for e in errors)


def test_loader_duplicate_id_reports_both_places(tmp_path):
    body = "treaties:\n  - id: same\n    name: A\n    kind: treaty\n"
    _write(tmp_path, "a.yml", body)
    _write(tmp_path, "b.yml", body)
    (error,) = _errors(tmp_path)
    assert "b.yml:2: duplicate treaties id 'same'" in error and "a.yml:2" in error


def test_loader_unquoted_yaml_boolean_alias_is_explained(tmp_path):
    _write(tmp_path, "a.yml", "actors:\n  - id: norway-test\n    name: Norway\n"
           "    type: state\n    aliases: [NO]\n")
    (error,) = _errors(tmp_path)
    assert "a.yml:5" in error and "aliases[0]" in error and "quote" in error


def test_loader_unknown_section(tmp_path):
    _write(tmp_path, "a.yml", "missiles:\n  - id: x\n")
    (error,) = _errors(tmp_path)
    assert "unknown section 'missiles'" in error


def test_loader_user_folder_overrides_shipped_entry(tmp_path):
    _write(tmp_path, "mine.yml", "treaties:\n  - id: inf-treaty\n    name: My INF\n"
           "    kind: treaty\n    aliases: [INF]\n")
    ruleset = read_ruleset((str(tmp_path),))
    entry = ruleset.find("treaties", "inf-treaty")
    assert entry is not None and entry["name"] == "My INF"
    assert entry.path.endswith("mine.yml")


def test_loader_missing_folder_is_an_error(tmp_path):
    with pytest.raises(RuleErrors) as info:
        read_ruleset((str(tmp_path / "nope"),))
    assert "rule folder not found" in str(info.value)


def test_check_shipped_rules_are_clean():
    assert [str(p) for p in check_ruleset(read_ruleset(()))] == []


def test_loader_name_claimed_twice_names_both_places(tmp_path):
    _write(tmp_path, "a.yml", "systems:\n  - id: one\n    name: One\n    class: SRBM\n"
           "    country: russia\n    aliases: [Zircon-X]\n  - id: two\n    name: Two\n"
           "    class: SRBM\n    country: russia\n    aliases: [Zircon-X]\n")
    problems = _errors(tmp_path)  # refused on load: extract --rules fails like rules check
    assert any(p.startswith(f"{tmp_path}/a.yml:11: ") and "'Zircon-X'" in p and "a.yml:6" in p
               for p in problems)  # the lines of the two aliases


def test_loader_dates_are_kept_as_iso_text(tmp_path):
    _write(tmp_path, "t.yml", "treaties:\n  - id: t\n    name: T\n    kind: treaty\n"
           "    signed: 1987-12-08\n")
    assert read_ruleset((str(tmp_path),)).find("treaties", "t")["signed"] == "1987-12-08"


def test_loader_unquoted_off_in_a_list_names_the_value(tmp_path):
    _write(tmp_path, "l.yml", "lexicon:\n  - id: my-words\n    phrases: [near, off]\n")
    (error,) = _errors(tmp_path)
    assert "l.yml:3" in error and "False" in error and "quote them" in error


def test_knowledge_base_entries_carry_what_records_need():
    ruleset = read_ruleset(())
    for entry in ruleset.entries("treaties"):
        dated = [entry.get(k) for k in ("signed", "in_force", "expires", "ended")]
        dated += [h.get("date") for h in entry.get("history", [])]
        assert any(dated), f"{entry.where}: treaty '{entry.id}' has no date"
    for entry in ruleset.entries("systems"):
        assert entry.get("class") and entry.get("country"), entry.where
    for section in ("treaties", "systems", "actors", "system_patterns", "events", "titles"):
        for entry in ruleset.entries(section):
            assert entry.get("examples"), f"{entry.where}: {section} '{entry.id}' has no example"
    assert len(ruleset.entries("treaties")) >= 40 and len(ruleset.entries("systems")) >= 300


@pytest.mark.parametrize("pattern", ["(a+)+$", "KN-(\\\\d+[A-Z]*)*", "(?:\\\\s*\\\\w+)+x"])
def test_loader_refuses_a_regex_that_backtracks_catastrophically(tmp_path, pattern):
    _write(tmp_path, "p.yml", f"system_patterns:\n  - id: slow\n    regex: '{pattern}'\n"
           "    class: SRBM\n")
    (error,) = _errors(tmp_path)
    assert error.startswith(f"{tmp_path}/p.yml:3: system_patterns 'slow': regex: regex "
                            "repeats a repeated group")


@pytest.mark.parametrize("pattern", ["KN-(\\\\d+)", "(?:Hwasong|KN)-\\\\d{1,2}", "(ab)+c"])
def test_loader_accepts_a_regex_that_repeats_once(tmp_path, pattern):
    _write(tmp_path, "p.yml", f"system_patterns:\n  - id: fine\n    regex: '{pattern}'\n"
           "    class: SRBM\n")
    assert read_ruleset((str(tmp_path),)).find("system_patterns", "fine") is not None
