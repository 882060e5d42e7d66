"""The analysis engine: compiled rule packs run over Document blocks."""
