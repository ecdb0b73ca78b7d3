"""総務: the dashboard, the day's figures, the daily and cumulative reports as files, the insurer's list.
Reads every desk's figures; no desk imports it."""
