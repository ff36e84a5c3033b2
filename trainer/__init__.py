"""Collection-call trainer: practise calls about unpaid invoices against a simulated customer."""

__version__ = "0.1.0"
