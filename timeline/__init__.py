"""Event-sourced timeline service for news facts."""

__version__ = "0.1.0"
