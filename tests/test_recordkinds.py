"""Records defined once (treatyx.recordkinds): the shipped JSON Schema and the CSV columns come
from the definitions, and every record treatyx writes has exactly the fields defined."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import jsonschema

from treatyx.api import Document, process
from treatyx.io.writers import COMMON_FIELDS, CSV_FIELDS
from treatyx.recordkinds import KINDS, csv_fields, field_names, json_schema, required_names
from treatyx.records import record_schema

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_the_shipped_schema_file_is_the_generated_one():
    shipped = (files("treatyx") / "schema" / "records.schema.json").read_text(encoding="utf-8")
    from treatyx.recordkinds import schema_text

    assert shipped == schema_text(), "regenerate: python -c 'from treatyx.recordkinds import " \
        "schema_text; print(schema_text(), end=\"\")' > src/treatyx/schema/records.schema.json"
    assert record_schema() == json_schema()


def test_the_csv_columns_are_the_defined_fields():
    assert csv_fields() == CSV_FIELDS
    for kind in KINDS:
        assert set(COMMON_FIELDS) - {"id"} <= set(field_names(kind))
        assert set(field_names(kind)) <= set(COMMON_FIELDS) | set(CSV_FIELDS[kind])


def test_the_schema_refuses_a_field_it_does_not_define():
    validator = jsonschema.Draft202012Validator(json_schema())
    record = {"kind": "date", "doc": "a", "text": "2019", "start": 0, "end": 4, "sentence": 0,
              "rule": "year", "value": "2019", "type": "DATE", "mod": None}
    assert validator.is_valid(record)
    assert not validator.is_valid({**record, "colour": "blue"})
    assert not validator.is_valid({k: v for k, v in record.items() if k != "mod"})


def test_every_record_of_the_samples_has_exactly_the_defined_fields(nlp):
    validator = jsonschema.Draft202012Validator(json_schema())
    documents = [Document(path.name, path.read_text(encoding="utf-8"), "2019-07-05")
                 for path in sorted(SAMPLES.glob("*.txt"))]
    seen = set()
    for result in process(nlp, documents):
        assert result.ok, result.error
        for record in result.records:
            validator.validate(record)
            kind = record["kind"]
            assert set(required_names(kind)) <= set(record) <= set(field_names(kind)), record
            seen.add(kind)
    assert seen == set(KINDS)
