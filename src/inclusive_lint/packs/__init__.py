"""Rule packs: YAML data in the top-level ``rules/`` folder, shipped in the wheel."""
