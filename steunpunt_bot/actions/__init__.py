"""Custom actions of the steunpunt assistant: they answer from the portal's bot API and never import Django."""
