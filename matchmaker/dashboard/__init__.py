"""The organiser's dashboard charts: the figures behind each chart, and their geometry as
plain numbers a template draws as SVG (no chart script runs in the browser)."""
