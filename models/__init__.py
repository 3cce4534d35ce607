"""The customer book: schema, migrations, operations (every write), queries. Qt-free."""
