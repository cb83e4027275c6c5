"""Weighing the evidence: vetoes, links to earlier rounds, the process, and the verdict with its reasons."""
