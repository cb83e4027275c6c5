"""Who is on an invite and who is named in it: the user, people, go-betweens, the user's own organisation."""
