"""``python -m assistant`` runs the same command line as ``interview-assistant``."""

from assistant.cli import main

if __name__ == "__main__":
    main()
