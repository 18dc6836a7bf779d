"""Organisation tables, scenario schema and operations, compiled Problem, Result."""

# The civil-service domain registers its checks, operations, tables and rules with the
# model's hooks: whatever imports the model gets them (``import placement`` is lazy).
import placement.domain  # noqa: E402, F401
