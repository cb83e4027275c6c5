"""The job: the role an invite names, in any language, cleaned of markers, places and numbers."""
