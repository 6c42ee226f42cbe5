"""Custom NLU components of the steunpunt assistant."""
