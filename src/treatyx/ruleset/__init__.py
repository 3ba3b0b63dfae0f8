"""Rule files: loading, validation and the section schema."""

from .loader import Entry, RuleSet, load_ruleset, read_ruleset, shipped_rules_dir
from .schema import SECTIONS

__all__ = ["SECTIONS", "Entry", "RuleSet", "load_ruleset", "read_ruleset", "shipped_rules_dir"]
