"""Center mode's machinery below the services: rounds of changes read from and merged into SQLite, sealed for
one peer, carried over HTTP with signed requests, pairing with a join code, and discovery on the LAN (no Qt)."""
