"""kamcareer: content model, validation, formatting and app helpers for exploring sales careers."""
