"""The speed benchmark: ``make bench`` measures every page against a floor it builds itself."""
