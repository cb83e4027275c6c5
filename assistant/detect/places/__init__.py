"""Places: CLDR's place names, shipped as data, and what in an invite is a place rather than a job or an employer."""
