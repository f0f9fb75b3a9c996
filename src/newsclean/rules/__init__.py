"""Rules: TOML rule sets (data, never code), their loader and the engine that applies them to blocks."""

from .loader import load_rule_file, load_rule_sets
from .model import Rule, RuleSet

__all__ = ["Rule", "RuleSet", "load_rule_file", "load_rule_sets"]
