"""ニーズ: requests for help taken, surveyed, imported from a call centre, printed, moved through their statuses.
The needs board's lists and counts are read from here too."""
