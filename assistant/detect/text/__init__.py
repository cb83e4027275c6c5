"""Reading an invite's text once: titles cut into parts, descriptions, itineraries, one reading per series."""
