"""Organisation tables, scenario schema and operations, compiled Problem, Result."""

# Plug-ins (the civil-service domain) register their checks, operations, tables and rules
# as extensions (placement.model.extension): whatever imports the model gets them
# (``import placement`` is lazy). They are named in ``extension.PLUGINS``, not imported here.
from placement.model.extension import load_plugins

load_plugins()
