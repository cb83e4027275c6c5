"""The words detection reads by: one vocabulary file per language (``../lang/``), matched in one pass."""
