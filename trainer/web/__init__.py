"""`trainer serve`: the apps in a browser (textual-serve), one process per browser session."""
