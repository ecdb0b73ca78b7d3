"""Center mode: the laptops of one council kept in step through a hub on the center's LAN (making the hub,
joining it, the sync thread of each desk, its status). The transport below it is dvc/sync."""
