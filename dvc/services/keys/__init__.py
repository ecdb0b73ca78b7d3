"""Key custody: the data key of an encrypted database, kept by the laptop's user store or a start-up passphrase,
and the recovery passphrase that opens the database and its backups anywhere; plain databases converted."""
