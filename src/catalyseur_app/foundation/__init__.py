"""The foundation's side: consolidating many catalyseurs' sync files into one store (SQLite or
PostgreSQL) and the national tables drawn from it. Qt-free."""
