"""Organisation tables, scenario schema and operations, compiled Problem, Result."""
