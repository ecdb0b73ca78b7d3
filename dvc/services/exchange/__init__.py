"""データ交換: this laptop's identity and trusted peers, bundles written and read, conflicts reviewed.
The bundle format and merge themselves are dvc/exchange; this package ties them to the open database."""
