"""SQLite storage: tables, engine, migrations, queries. No Qt."""
