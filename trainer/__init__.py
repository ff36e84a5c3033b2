"""Collection-call trainer: practise calls about unpaid invoices against a simulated customer."""

import logging

__version__ = "0.1.0"

# Until trainer.logs.setup_logging() runs (the CLI and the apps call it at start), the
# records of "trainer.*" go nowhere: not to stderr, where a user would see a traceback.
logging.getLogger("trainer").addHandler(logging.NullHandler())
