"""Policy packs, privacy norms and guideline packs (YAML), shipped as package data."""
