"""The rule schema refuses each kind of bad entry, in `treatyx rules check` and in
`treatyx extract --rules` alike, with exit 2 and the file:line of the offending key."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from treatyx.cli import main
from treatyx.errors import RuleErrors
from treatyx.ruleset.describe import schema_markdown
from treatyx.ruleset.loader import read_ruleset
from treatyx.ruleset.schema import SECTIONS

# (file text, line of the bad key, words the message must hold). Each bad key sits below the
# first line of its entry, so a message naming the entry's line instead would fail.
BAD_ENTRIES = {
    "unknown-country": ("""\
systems:
  - id: test-sea-dart-9
    name: Sea Dart-9
    class: SRBM
    country: atlantis
    aliases: [Sea Dart-9]
""", 5, ["country", "'atlantis' is not a known state id"]),
    "unknown-variant-of": ("""\
systems:
  - id: test-sea-dart-9
    name: Sea Dart-9
    class: SRBM
    country: russia
    variant_of: sea-dart
""", 6, ["variant_of", "'sea-dart' is not a known system id"]),
    "country-is-no-state": ("""\
systems:
  - id: test-sea-dart-9
    name: Sea Dart-9
    class: SRBM
    country: nato
""", 5, ["country: 'nato' is an actor of type organization, not a state"]),
    "range-is-text": ("""\
systems:
  - id: test-sea-dart-9
    name: Sea Dart-9
    class: SRBM
    country: russia
    range_km: "very far"
""", 6, ["range_km", "must be a mapping", "'very far'"]),
    "bad-title": ("""\
actors:
  - id: test-ana-ortiz
    name: Ana Ortiz
    type: person
    titles: [{title: 42, from: yesterday}]
""", 5, ["titles[0].title: must be text, got 42", "titles[0].from: must be an ISO date"]),
    "object-phrase": ("""\
events:
  - id: test-cameras-fitted
    type: inspection
    verbs: [fit]
    object: [cameras, monitoring equipment]
""", 5, ["object[1]", "'monitoring equipment' is not one word", "its head word"]),
    "party-is-a-number": ("""\
treaties:
  - id: test-pact
    name: Test Pact
    kind: treaty
    parties: [7]
""", 5, ["parties[0]: must be text, got 7"]),
    "history-not-a-list": ("""\
treaties:
  - id: test-pact
    name: Test Pact
    kind: treaty
    signed: "1990"
    history: "not a list"
""", 6, ["history: must be a list", "'not a list'"]),
    "requires-unknown-lexicon": ("""\
events:
  - id: test-quit
    type: withdrawal
    verbs: [quit]
    requires: [no-such-lexicon]
""", 5, ["requires[0]", "'no-such-lexicon' is not a known requirement"]),
    "misspelt-lexicon-id": ("""\
lexicon:
  - note: a list meant to extend weapon-words
    id: weapon-wrods
    phrases: [rocket]
""", 3, ["'weapon-wrods' is not a known lexicon id", "did you mean 'weapon-words'"]),
    "misspelt-lexicon-in-requires": ("""\
events:
  - id: test-quit
    type: withdrawal
    verbs: [quit]
    requires: [weapon,
               arms-contxt]
""", 6, ["requires[1]", "did you mean 'arms-context'"]),
    "km-is-text": ("""\
units:
  - id: test-league
    phrases: [leagues]
    km: "4.8"
""", 4, ["km: must be a number, got '4.8'"]),
    "pattern-name-without-group": ("""\
system_patterns:
  - id: test-zz
    regex: 'ZZ-(\\d+)'
    name: "ZZ-{2}"
""", 4, ["name: {2} names no group of the regex"]),
    "title-ends-before-it-starts": ("""\
actors:
  - id: test-ana-ortiz
    name: Ana Ortiz
    type: person
    titles:
      - {title: Envoy, from: "2020", to: "2019-05"}
""", 6, ["titles[0]: 'to' (2019-05) is before 'from' (2020)"]),
    "expected-field-misspelt": ("""\
systems:
  - id: test-sea-dart-9
    name: Sea Dart-9
    class: SRBM
    country: russia
    examples:
      - text: Russia fired a Sea Dart-9.
        expect:
          - kind: system
            clas: ICBM
""", 10, ["examples[0].expect[0]: 'clas' is not a field of system records"]),
    "id-twice-in-a-folder": ("""\
titles:
  - id: test-envoy
    phrases: [Envoy]
  - phrases: [Special Envoy]
    id: test-envoy
""", 5, ["duplicate titles id 'test-envoy'", "bad.yml:2)"]),
    "unknown-key": ("""\
systems:
  - id: test-sea-dart-9
    name: Sea Dart-9
    class: SRBM
    country: russia
    clas: SRBM
""", 6, ["unknown key 'clas'"]),
    "name-claimed-twice": ("""\
systems:
  - id: test-sea-dart-9
    name: Sea Dart-9
    class: SRBM
    country: russia
    aliases: [Iskander]
""", 6, ["name 'Iskander'", "already claimed by systems 'iskander-m'"]),
    "dated-alias-overlap": ("""\
treaties:
  - id: test-start-iv
    name: START IV
    kind: treaty
    dated_aliases:
      - {names: [START], from: "2020-01-01"}
""", 2, ["dated alias 'START' of 'test-start-iv' overlaps the dates it names 'new-start'"]),
    "dated-alias-of-a-name": ("""\
treaties:
  - id: test-start-iv
    name: START IV
    kind: treaty
    dated_aliases:
      - {names: [New START], to: "2009-01-01"}
""", 2, ["dated alias 'New START' of 'test-start-iv' is a name of 'new-start'"]),
    "dated-alias-without-dates": ("""\
treaties:
  - id: test-start-iv
    name: START IV
    kind: treaty
    dated_aliases:
      - {names: [START IV treaty]}
""", 6, ["give 'from', 'to' or both"]),
}


def _folder(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "bad.yml").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("doc") / "a.txt"
    path.write_text("Russia said on Monday it would leave the treaty.", encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "line", "words"), BAD_ENTRIES.values(), ids=BAD_ENTRIES)
@pytest.mark.parametrize("command", ["check", "extract"])
def test_bad_entry_fails_with_exit_2_at_the_bad_key(tmp_path, article, command, text, line,
                                                     words):
    folder = _folder(tmp_path, text)
    args = (["rules", "check", "--examples", "none", str(folder)] if command == "check"
            else ["extract", "--rules", str(folder), str(article)])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, result.output
    errors = [e for e in result.stderr.splitlines() if e.startswith("treatyx: rule error: ")]
    where = f"treatyx: rule error: {folder}/bad.yml:{line}: "
    assert any(e.startswith(where) for e in errors), result.stderr
    message = " ".join(errors)
    assert all(word in message for word in words), result.stderr


def test_shipped_rules_pass_the_schema():
    ruleset = read_ruleset(())
    assert {entry.section for entry in ruleset} == set(SECTIONS)


def test_a_good_extra_entry_loads(tmp_path):
    folder = _folder(tmp_path, """\
systems:
  - id: test-sea-dart-9
    name: Sea Dart-9
    class: SRBM
    country: russia
    aliases: [Sea Dart-9]
    range_km: {min: 50, max: 120.5}
    examples:
      - Russia fired a Sea Dart-9 on Monday.
      - text: Russia fired a Sea Dart-9 on Monday.
        dct: 2024-03-04
        expect: [{kind: system, id: test-sea-dart-9, class: SRBM}]
""")
    entry = read_ruleset((str(folder),)).find("systems", "test-sea-dart-9")
    assert entry is not None and entry["range_km"] == {"min": 50, "max": 120.5}
    assert entry.lines["examples"] == [9, 10]


@pytest.mark.parametrize(("value", "message"), [
    ("expect: [{id: x}]", "expect[0]: missing required key 'kind'"),
    ("expect: [{kind: planet}]", "expect[0].kind: must be one of"),
    ("dct: yesterday", "dct: must be a date YYYY-MM-DD"),
    ("dct: '2019-07'", "dct: must be a date YYYY-MM-DD"),
])
def test_structured_examples_are_checked(tmp_path, value, message):
    _folder(tmp_path, f"""\
titles:
  - id: test-envoy
    phrases: [Envoy]
    examples:
      - text: The Envoy spoke.
        {value}
""")
    with pytest.raises(RuleErrors) as info:
        read_ruleset((str(tmp_path / "mine"),))
    (error,) = info.value.errors
    assert error.line == 6 and message in error.message


def test_schema_table_names_every_section_and_key():
    text = schema_markdown()
    for section, spec in SECTIONS.items():
        assert f"### `{section}`" in text
        for name, info in spec.model.model_fields.items():
            if name not in ("id", "examples", "not_", "note"):
                assert f"| `{info.alias or name}` |" in text


def test_rules_readme_holds_the_generated_schema():
    readme = (Path(__file__).parents[2] / "rules" / "README.md").read_text(encoding="utf-8")
    assert schema_markdown().replace("\n### `", "\n#### `") in readme, (
        "rules/README.md is behind the schema: paste `treatyx rules schema` under '## Schema' "
        "(with #### section headings)")


def test_rules_check_compiles_the_date_rules(tmp_path):
    """What only compiling finds (a value template naming a group the regex lacks) fails
    `rules check` too, even without running examples."""
    folder = _folder(tmp_path, """\
date_patterns:
  - id: test-broken
    regex: '(?P<y>%year4)'
    type: DATE
    value: '{x}'
""")
    result = CliRunner().invoke(main, ["rules", "check", "--examples", "none", str(folder)])
    assert result.exit_code == 2
    assert f"{folder}/bad.yml:2: date_patterns entry 'test-broken': template '{{x}}'" in (
        result.stderr)


def test_json_schema_of_a_rule_file_accepts_the_shipped_files_and_refuses_a_bad_one():
    import jsonschema
    import yaml

    from treatyx.ruleset.describe import rule_file_json_schema
    from treatyx.ruleset.loader import rule_files, shipped_rules_dir

    validator = jsonschema.Draft202012Validator(rule_file_json_schema())
    for path in rule_files(shipped_rules_dir()):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert not list(validator.iter_errors(document)), path
    bad = yaml.safe_load(BAD_ENTRIES["km-is-text"][0])
    assert [e.json_path for e in validator.iter_errors(bad)] == ["$.units[0].km"]
