"""The employer's name, as a person would write it: from titles, texts, domains, signatures and the process."""
