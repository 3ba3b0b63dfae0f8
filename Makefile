# treatyx developer commands. `make demo` and `make test` are all a new machine needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SAMPLE ?= samples/withdrawal.txt
SAMPLE_DATE ?= 2019-08-02
DATA   ?= ../shared/data

.PHONY: install install-test demo test lint bench eval eval-dev fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# A regular (not editable) install: what users get, rules packed inside the wheel.
install: $(BIN)/python
	$(BIN)/python -m pip install --quiet .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet ".[test]"

demo: install
	$(BIN)/treatyx extract $(SAMPLE) --date $(SAMPLE_DATE) --format table

lint: install-test
	$(BIN)/ruff check src tests tools bench

test: install-test lint
	$(BIN)/python -m pytest

# Property-based tests with many more examples than `make test` runs (FUZZ_EXAMPLES each);
# the statistics say how many cases Hypothesis tried.
FUZZ_EXAMPLES ?= 300
fuzz: install-test
	TREATYX_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/python -m pytest tests/test_properties.py \
		-p no:cacheprovider --hypothesis-show-statistics

bench: install
	$(BIN)/python bench/run.py

# Measurements on ../shared/data when it exists (skipped cleanly otherwise).
eval: install
	$(BIN)/python tools/eval_timeml.py $(DATA)/timeml/tbaq_timebank.docs.jsonl \
		$(DATA)/timeml/tbaq_timebank.timex.jsonl $(DATA)/timeml/tbaq_aquaint.docs.jsonl \
		$(DATA)/timeml/tbaq_aquaint.timex.jsonl
	$(BIN)/python tools/eval_nk_events.py $(DATA)/nk_events/csis_dev.jsonl
	$(BIN)/python tools/eval_systems_csis.py $(DATA)/nk_events/csis_dev.jsonl
	$(BIN)/python tools/eval_units.py $(DATA)/units

# treatyx eval on the development articles (dev/texts is never committed; skipped without it).
# Uses the treatyx already installed in $(VENV) (no reinstall: keeps an editable install).
DEV_GOLD ?= dev/gold-dev.yml dev/gold-heldout.yml dev/gold-D.yml dev/gold-E.yml dev/gold-F.yml dev/gold-G.yml dev/gold-H.yml dev/gold-I.yml dev/gold-J.yml dev/gold-K.yml dev/gold-L.yml dev/gold-M.yml dev/gold-N.yml dev/gold-O.yml dev/gold-P.yml dev/gold-Q.yml dev/gold-R.yml dev/gold-S.yml dev/gold-T.yml dev/gold-U.yml dev/gold-V.yml dev/gold-W.yml dev/gold-X.yml dev/gold-Y.yml dev/gold-Z.yml dev/gold-AA.yml dev/gold-AB.yml dev/gold-AC.yml dev/gold-AD.yml dev/gold-AE.yml dev/gold-AF.yml dev/gold-AG.yml dev/gold-AH.yml dev/gold-AI.yml dev/gold-AJ.yml dev/gold-AK.yml dev/gold-AL.yml dev/gold-AM.yml dev/gold-AN.yml dev/gold-AO.yml dev/gold-AP.yml dev/gold-AQ.yml dev/gold-AR.yml dev/gold-AS.yml dev/gold-AT.yml dev/gold-AU.yml dev/gold-AV.yml dev/gold-AW.yml dev/gold-AX.yml dev/gold-AY.yml dev/gold-AZ.yml dev/gold-BA.yml dev/gold-BB.yml dev/gold-BC.yml dev/gold-BD.yml dev/gold-BE.yml dev/gold-BF.yml dev/gold-BG.yml dev/gold-BH.yml dev/gold-BI.yml dev/gold-BJ.yml dev/gold-BK.yml dev/gold-BL.yml
eval-dev:
	@if [ ! -d dev/texts ]; then echo "eval-dev: skipped (no dev/texts folder)"; exit 0; fi; \
	status=0; for gold in $(DEV_GOLD); do \
		if [ ! -f $$gold ]; then echo "eval-dev: skipped $$gold (missing)"; continue; fi; \
		echo "== $$gold"; $(BIN)/treatyx eval --skip-missing $$gold dev/texts || status=$$?; \
	done; exit $$status

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
