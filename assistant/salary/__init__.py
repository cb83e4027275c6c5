"""What the job pays and how to talk about it.

- ``wages``: the occupation matcher and the BLS OEWS (May 2024) wage table;
- ``advice``: the article's salary advice, with the figures that apply.
"""
