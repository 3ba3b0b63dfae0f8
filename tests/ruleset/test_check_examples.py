"""`treatyx rules check` runs the examples and not-sentences of a rule folder through the
pipeline and names each one that fails by the file:line of the example (exit 1)."""

from __future__ import annotations

from click.testing import CliRunner

from treatyx.cli import main

RULES = """\
systems:
  - id: test-sea-dart-9
    name: Sea Dart-9
    class: SRBM
    country: russia
    aliases: [Sea Dart-9]
    examples:
      - Russia fired a Sea Dart-9 on Monday.
      - text: Russia fired a Sea Dart-9 on Monday.
        class: ICBM
      - text: Russia fired a Sea Dart-9 on Monday.
        expect: [{kind: system, id: test-sea-dart-9, class: SRBM, country: russia}]
      - The navy held a parade.
    not:
      - Nobody mentioned any missile.
      - The Sea Dart-9 was shown at a parade.
"""


def test_rules_check_reports_each_failing_example_by_line(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "systems.yml").write_text(RULES, encoding="utf-8")
    result = CliRunner().invoke(main, ["rules", "check", str(folder)])
    assert result.exit_code == 1, result.output
    failed = [line for line in result.stderr.splitlines()
              if line.startswith("treatyx: example failed: ")]
    where = [line.split(": ")[2] for line in failed]
    assert where == [f"{folder}/systems.yml:9", f"{folder}/systems.yml:13",
                     f"{folder}/systems.yml:16"], result.stderr
    assert "examples[1]: no record with {'class': 'ICBM'}" in failed[0]
    assert "examples[3]: systems 'test-sea-dart-9' not produced by" in failed[1]
    assert "not[1]: systems 'test-sea-dart-9' wrongly produced by" in failed[2]
    assert "3 of 6 examples and not-sentences failed" in result.stderr
